package se.ingang.privacy.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A raw message as text for the export: UTF-8 when its bytes are valid UTF-8 (8-bit mail
 * today), else ISO-8859-1, which maps every byte to one character, so nothing is lost.
 */
public final class RawText {

    private RawText() {
    }

    public static String of(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }
}
