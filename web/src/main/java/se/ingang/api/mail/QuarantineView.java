package se.ingang.api.mail;

import java.time.Instant;
import se.ingang.mail.entity.QuarantinedMail;

/** Mail held in the quarantine: where it came from, when, why; the raw message is downloadable. */
public record QuarantineView(long id, Long mailboxId, Long uid, String reason, Instant receivedAt, Instant retriedAt,
                             boolean released, Long caseId, long size) {

    static QuarantineView of(QuarantinedMail q) {
        return new QuarantineView(q.getId(), q.getMailboxId(), q.getUid(), q.getReason(), q.getReceivedAt(),
                q.getRetriedAt(), q.isReleased(), q.getCaseId(), q.getRawSize());
    }
}
