package se.ingang.mail.control;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Raw test messages, built line by line with CRLF, in the byte encoding the test names. */
final class RawMail {

    private RawMail() {
    }

    static byte[] of(String... lines) {
        return String.join("\r\n", lines).concat("\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Headers in ASCII, the body in the given charset (for 8bit bodies). */
    static byte[] withBody(Charset charset, String headers, String body) {
        byte[] head = (headers.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] text = body.replace("\n", "\r\n").getBytes(charset);
        byte[] all = new byte[head.length + text.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(text, 0, all, head.length, text.length);
        return all;
    }
}
