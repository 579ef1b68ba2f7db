package se.ingang.api.mail;

import java.util.List;
import se.ingang.mail.boundary.MailboxHealth;

/**
 * GET /api/mailboxes/health: DOWN (503) when an enabled mailbox is not read as often as configured;
 * DEGRADED when one has mail it cannot take in (failing or quarantined); else UP.
 */
public record MailHealthView(String status, List<MailboxHealth> mailboxes) {

    static MailHealthView of(List<MailboxHealth> mailboxes) {
        String status = mailboxes.stream().anyMatch(MailboxHealth::stale) ? "DOWN"
                : mailboxes.stream().anyMatch(MailboxHealth::degraded) ? "DEGRADED" : "UP";
        return new MailHealthView(status, mailboxes);
    }
}
