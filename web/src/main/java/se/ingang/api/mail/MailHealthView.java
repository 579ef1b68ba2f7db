package se.ingang.api.mail;

import java.util.List;
import se.ingang.mail.boundary.MailboxHealth;

/** GET /api/mailboxes/health: UP when every enabled mailbox is read as often as configured. */
public record MailHealthView(String status, List<MailboxHealth> mailboxes) {

    static MailHealthView of(List<MailboxHealth> mailboxes) {
        return new MailHealthView(mailboxes.stream().anyMatch(MailboxHealth::stale) ? "DOWN" : "UP", mailboxes);
    }
}
