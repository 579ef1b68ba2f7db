package se.ingang.api.mail;

import java.time.Instant;
import se.ingang.mail.entity.MailMessage;

/** A message taken for noise: who, what, when, which kind and why; whether an administrator made a case of it. */
public record NoiseView(long id, Long mailboxId, String kind, String reason, String sender, String subject,
                        Instant receivedAt, String caseNumber, Instant promotedAt, String promotedBy, Long size) {

    static NoiseView of(MailMessage m, String caseNumber) {
        return new NoiseView(m.getId(), m.getMailboxId(), m.getKind().name(), m.getNoiseReason(), m.getSender(),
                m.getSubject(), m.getCreatedAt(), caseNumber, m.getPromotedAt(), m.getPromotedBy(), m.getRawSize());
    }
}
