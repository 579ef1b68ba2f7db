package se.ingang.mail.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Header fields with raw 8-bit bytes (no RFC 2047 encoding), as some clients still send them
 * ("From: H\u00e5vard" in Latin-1). Jakarta Mail reads such bytes as UTF-8 and makes them U+FFFD;
 * so before parsing, each such line is decoded — as UTF-8 when it is valid UTF-8, else in the
 * body's declared charset, else in the charset guessed from the headers and body together
 * (windows-1252 when nothing fits) — and written back as UTF-8, which the parser then reads
 * (mail.mime.allowutf8). The raw message we keep is the original.
 */
public final class EightBitHeaders {

    private static final Pattern CHARSET = Pattern.compile("(?is)^content-type:.*?charset\\s*=\\s*\"?([^\";\\s]+)");

    private EightBitHeaders() {
    }

    public static byte[] asUtf8(byte[] raw) {
        int end = ContentKey.headerEnd(raw);
        if (!hasEightBit(raw, 0, end)) {
            return raw;
        }
        var lines = splitLines(raw, end);
        Charset fallback = fallbackCharset(raw, end, lines);
        var out = new ByteArrayOutputStream(raw.length + 64);
        for (byte[] line : lines) {
            if (hasEightBit(line, 0, line.length) && !Charsets.isUtf8(line)) {
                out.writeBytes(new String(line, fallback).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(line);
            }
        }
        out.write(raw, end, raw.length - end);
        return out.toByteArray();
    }

    private static Charset fallbackCharset(byte[] raw, int end, java.util.List<byte[]> lines) {
        for (byte[] line : lines) {
            var m = CHARSET.matcher(new String(line, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                Charset declared = Charsets.declared(m.group(1));
                if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.name().equals("US-ASCII")) {
                    return declared;
                }
            }
        }
        // Only the 8-bit lines and the body's text tell the charset; ASCII header names would dilute the guess.
        var sample = new ByteArrayOutputStream();
        lines.stream().filter(l -> hasEightBit(l, 0, l.length)).forEach(sample::writeBytes);
        sample.write(raw, end, Math.min(raw.length - end, 64 * 1024));
        Charset guessed = Charsets.guess(sample.toByteArray());
        return guessed.equals(StandardCharsets.UTF_8) ? Charsets.WINDOWS_1252 : guessed;
    }

    /** The header section's lines, each with its line end. */
    private static java.util.List<byte[]> splitLines(byte[] raw, int end) {
        var lines = new java.util.ArrayList<byte[]>();
        int start = 0;
        for (int i = 0; i < end; i++) {
            if (raw[i] == '\n') {
                lines.add(Arrays.copyOfRange(raw, start, i + 1));
                start = i + 1;
            }
        }
        if (start < end) {
            lines.add(Arrays.copyOfRange(raw, start, end));
        }
        return lines;
    }

    private static boolean hasEightBit(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
