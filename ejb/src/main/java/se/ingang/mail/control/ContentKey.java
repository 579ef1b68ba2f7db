package se.ingang.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The identity of a received message's content: a SHA-256 of its headers and body without the
 * trace headers each delivery adds. The same message delivered to two of our mailboxes (or
 * twice) has one key; two different messages that reuse a Message-ID have two, so neither is
 * dropped (Message-ID alone must never decide that a message was already taken in).
 */
public final class ContentKey {

    /** Added per delivery hop or mailbox, so they differ between copies of one message. */
    private static final Set<String> TRACE = Set.of("received", "return-path", "delivered-to", "x-original-to",
            "envelope-to", "x-envelope-to", "x-received", "x-greenmail-delivered", "authentication-results",
            "arc-authentication-results", "arc-message-signature", "arc-seal", "x-spam-status", "x-spam-score",
            "x-spam-flag", "x-virus-scanned", "status", "x-uid", "x-keywords", "x-status", "content-length", "lines");

    private ContentKey() {
    }

    public static String of(byte[] raw) {
        int end = headerEnd(raw);
        var digest = sha256();
        String headers = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        for (String field : headers.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ").split("\n")) {
            int colon = field.indexOf(':');
            String name = colon < 0 ? field : field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!field.isBlank() && !TRACE.contains(name)) {
                digest.update((name + ":" + (colon < 0 ? "" : field.substring(colon + 1).strip().replaceAll("\\s+", " ")) + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        digest.update((byte) '\n');
        // Line ends and trailing blank lines may change in transit; the text itself does not.
        String body = new String(raw, end, raw.length - end, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").stripTrailing();
        digest.update(body.getBytes(StandardCharsets.ISO_8859_1));
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** Where the header section ends (the index after the blank line), or the length when there is no body. */
    static int headerEnd(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return i + 2;
            }
            if (raw[i] == '\n' && raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n') {
                return i + 3;
            }
        }
        return raw.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
