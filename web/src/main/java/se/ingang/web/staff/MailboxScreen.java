package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ingang.mail.boundary.MailboxHealth;
import se.ingang.mail.boundary.Mailboxes;

/** The mailboxes overview: settings, and how each is read (last read, error, IMAP IDLE or polling, health). */
@Named
@RequestScoped
public class MailboxScreen {

    @Inject
    Mailboxes mailboxes;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            var health = mailboxes.health();
            rows = mailboxes.list().stream().map(m -> new Row(m.getId(), m.getName(), m.getAddress(),
                    m.getHost() + ":" + m.getPort(), m.getSecurity().name(), m.getFolder(), m.getFrontOffice(),
                    m.getPollSeconds(), m.isEnabled(),
                    health.stream().filter(h -> h.id() == m.getId()).findFirst().orElse(null))).toList();
        }
        return rows;
    }

    /** One mailbox; health is null only if it appeared between the two reads. */
    public record Row(long id, String name, String address, String server, String security, String folder,
                      String frontOffice, int pollSeconds, boolean enabled, MailboxHealth health) {

        /** OK, STALE (not read for too long), DEGRADED (read, but has mail it cannot take in), DISABLED. */
        public String getState() {
            if (!enabled) {
                return "DISABLED";
            }
            if (health == null) {
                return "OK";
            }
            return health.stale() ? "STALE" : health.degraded() ? "DEGRADED" : "OK";
        }

        public boolean isIdle() {
            return health != null && health.idleSince() != null;
        }
    }
}
