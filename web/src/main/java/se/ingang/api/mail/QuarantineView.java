package se.ingang.api.mail;

import java.time.Instant;
import se.ingang.mail.entity.QuarantinedMail;

/**
 * Mail held in the quarantine: where it came from, who wrote about what (as far as its headers
 * could be read), when, why, how often it was tried, and what became of it; the raw message is a download.
 */
public record QuarantineView(long id, Long mailboxId, Long uid, String sender, String subject, String reason,
                             Instant receivedAt, Instant retriedAt, int attempts, String status, boolean released,
                             Long caseId, String caseNumber, String resolvedBy, Instant dismissedAt, String dismissedBy,
                             long size) {

    static QuarantineView of(QuarantinedMail q, String caseNumber) {
        return new QuarantineView(q.getId(), q.getMailboxId(), q.getUid(), q.getSender(), q.getSubject(), q.getReason(),
                q.getReceivedAt(), q.getRetriedAt(), q.getAttempts(), q.status().name(), q.isReleased(), q.getCaseId(),
                caseNumber, q.getResolvedBy(), q.getDismissedAt(), q.getDismissedBy(), q.getRawSize());
    }
}
