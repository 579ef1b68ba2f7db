package se.ingang.mail.control;

import java.util.Locale;
import java.util.function.Function;
import se.ingang.mail.entity.MailKind;

/**
 * Recognises mail no person wrote to us (RFC 3834 and common practice), so that it never
 * gets a receipt and never opens a case: that is what stops two auto-responders from
 * mailing each other for ever.
 */
public final class NoiseRules {

    private NoiseRules() {
    }

    /**
     * @param header     a header's value(s) joined by ",", or null when absent
     * @param contentType the top-level Content-Type
     */
    public static MailKind classify(Function<String, String> header, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report") && type.replace(" ", "").contains("report-type=delivery-status")
                || type.startsWith("multipart/report") && type.contains("delivery-status")) {
            return MailKind.BOUNCE;
        }
        if (isEmptyReturnPath(header.apply("Return-Path"))) {
            // RFC 5321: the null reverse path is for delivery notifications and other automatic mail.
            return MailKind.BOUNCE;
        }
        String autoSubmitted = header.apply("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            return MailKind.AUTO_REPLY;
        }
        if (header.apply("X-Autoreply") != null || header.apply("X-Autorespond") != null
                || header.apply("X-Autoresponder") != null) {
            return MailKind.AUTO_REPLY;
        }
        String precedence = header.apply("Precedence");
        if (precedence != null) {
            String p = precedence.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("bulk") || p.startsWith("list") || p.startsWith("junk")) {
                return MailKind.BULK;
            }
            if (p.startsWith("auto_reply")) {
                return MailKind.AUTO_REPLY;
            }
        }
        return MailKind.CUSTOMER;
    }

    private static boolean isEmptyReturnPath(String returnPath) {
        if (returnPath == null) {
            return false;
        }
        for (String value : returnPath.split(",")) {
            if (value.replaceAll("\\s", "").equals("<>")) {
                return true;
            }
        }
        return false;
    }
}
