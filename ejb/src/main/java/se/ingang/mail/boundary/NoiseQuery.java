package se.ingang.mail.boundary;

import java.time.Instant;
import se.ingang.mail.entity.MailKind;

/**
 * What to look for in the noise log; null means any.
 *
 * @param kind    AUTO_REPLY, BULK or BOUNCE
 * @param sender  words in the sender's address, as typed
 * @param subject words in the subject, as typed
 * @param from    received at or after
 * @param until   received before
 */
public record NoiseQuery(MailKind kind, String sender, String subject, Instant from, Instant until) {

    public NoiseQuery {
        if (kind != null && !kind.isNoise()) {
            throw new se.ingang.platform.errors.InvalidInputException("kind", "one of AUTO_REPLY, BULK, BOUNCE");
        }
        sender = blankToNull(sender, "sender");
        subject = blankToNull(subject, "subject");
    }

    private static String blankToNull(String words, String field) {
        if (words == null || words.isBlank()) {
            return null;
        }
        if (words.length() > 200) {
            throw new se.ingang.platform.errors.InvalidInputException(field, "at most 200 characters");
        }
        return words;
    }
}
