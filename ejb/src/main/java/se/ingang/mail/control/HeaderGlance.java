package se.ingang.mail.control;

import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;

/**
 * Sender and subject of a message as far as its headers can be read at all, for the quarantine
 * list: mail lands there because it could not be parsed, yet an administrator still needs to see
 * who wrote and about what before opening the raw bytes. Never throws; what cannot be read is null.
 */
public final class HeaderGlance {

    /** Longest value kept (the columns are VARCHAR(998), a header line's limit). */
    static final int MAX = 998;

    /** The From header (decoded, as it came: it may hold no usable address) and the decoded subject. */
    public record Glance(String from, String subject) {
    }

    private HeaderGlance() {
    }

    public static Glance of(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return new Glance(null, null);
        }
        try {
            var headers = new InternetHeaders(new ByteArrayInputStream(EightBitHeaders.asUtf8(raw)), true);
            return new Glance(decoded(headers.getHeader("From", ",")), decoded(headers.getHeader("Subject", " ")));
        } catch (Exception e) {
            return new Glance(null, null);
        }
    }

    private static String decoded(String value) {
        if (value == null) {
            return null;
        }
        String text;
        try {
            text = MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (Exception e) {
            text = value;
        }
        // Control characters (a hostile header) never reach a page or a log line; runs of blanks read as one.
        text = text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX ? text : text.substring(0, MAX);
    }
}
