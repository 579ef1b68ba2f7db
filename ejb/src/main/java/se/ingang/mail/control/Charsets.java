package se.ingang.mail.control;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Which charset mail text is in when the message does not say (or says something unknown):
 * valid UTF-8 is UTF-8; otherwise juniversalchardet's guess (KOI8-R, windows-1251, Shift_JIS…);
 * otherwise windows-1252, the superset of Latin-1 that Western mail without a label is in.
 */
public final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** A declared label as a Java charset, or null when absent or unknown. Latin-1 labels read as windows-1252, as browsers do. */
    public static Charset declared(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = MimeUtility.javaCharset(label.strip().replace("\"", ""));
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("iso8859_1") || lower.equals("latin1") || lower.equals("us-ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Text in the declared charset, else the guessed one. */
    public static String decode(byte[] bytes, String declaredLabel) {
        Charset charset = declared(declaredLabel);
        return new String(bytes, charset != null ? charset : guess(bytes));
    }

    public static Charset guess(byte[] bytes) {
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        var detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        Charset detected = declared(detector.getDetectedCharset());
        // Plain Latin text is often "detected" as a Cyrillic or Hebrew code page by its few 8-bit letters;
        // such a guess counts only when most of the 8-bit bytes are letters of that script.
        return detected == null || detected.equals(StandardCharsets.UTF_8) || !plausible(bytes, detected) ? WINDOWS_1252 : detected;
    }

    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** For a guess other than windows-1252: most non-ASCII characters it gives are letters. */
    private static boolean plausible(byte[] bytes, Charset guess) {
        if (guess.equals(WINDOWS_1252)) {
            return true;
        }
        String text = new String(bytes, guess);
        long high = text.chars().filter(c -> c > 127).count();
        long letters = text.chars().filter(c -> c > 127 && Character.isLetter(c)).count();
        return high > 0 && letters * 10 >= high * 9 && high * 4 >= text.chars().filter(Character::isLetter).count();
    }
}
