package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.boundary.Mailboxes;
import se.ingang.mail.entity.QuarantinedMail;
import se.ingang.platform.errors.NotFoundException;

/**
 * The quarantine list (administrators, as GET /api/mail-quarantine): who wrote about what, when,
 * to which mailbox, why it is held, how often it was tried and what became of it; 25 a page.
 */
@Named
@RequestScoped
public class MailQuarantineScreen {

    static final int PAGE_SIZE = 25;

    @Inject
    MailArchive archive;

    @Inject
    Mailboxes mailboxes;

    @Inject
    AdminAccess adminAccess;

    private String status = "HELD";
    private int page;
    private se.ingang.mail.boundary.QuarantinePage result;

    /** Administrators only: 403 for everyone else. */
    public void open() throws IOException {
        Refusal.refused(adminAccess.isEditable());
    }

    public List<Row> getRows() {
        return load().items().stream().map(q -> Row.of(q, archive.caseNumber(q.getCaseId()), mailboxName(q.getMailboxId()))).toList();
    }

    public long getTotal() {
        return load().total();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < load().total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public List<String> getStatuses() {
        return List.of("HELD", "RESOLVED", "DISMISSED", "ALL");
    }

    private se.ingang.mail.boundary.QuarantinePage load() {
        if (result == null) {
            result = archive.quarantine(filter(), page * PAGE_SIZE, PAGE_SIZE);
        }
        return result;
    }

    private QuarantinedMail.Status filter() {
        return switch (status) {
            case "RESOLVED" -> QuarantinedMail.Status.RESOLVED;
            case "DISMISSED" -> QuarantinedMail.Status.DISMISSED;
            case "ALL" -> null;
            default -> QuarantinedMail.Status.HELD;
        };
    }

    public String mailboxName(Long id) {
        if (id == null) {
            return null;
        }
        try {
            return mailboxes.find(id).getName();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    public String getStatus() {
        return status;
    }

    /** From the address bar: anything but a known status shows the held entries. */
    public void setStatus(String status) {
        this.status = getStatuses().contains(status) ? status : "HELD";
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 40_000));
    }

    /** One entry as the list and the detail show it. */
    public record Row(long id, String sender, String subject, Instant receivedAt, String mailbox, String reason,
                      int attempts, String status, String caseNumber, String resolvedBy, Instant dismissedAt,
                      String dismissedBy, long size) implements java.io.Serializable {

        static Row of(QuarantinedMail q, String caseNumber, String mailbox) {
            return new Row(q.getId(), q.getSender(), q.getSubject(), q.getReceivedAt(), mailbox, q.getReason(),
                    q.getAttempts(), q.status().name(), caseNumber, q.getResolvedBy(), q.getDismissedAt(),
                    q.getDismissedBy(), q.getRawSize());
        }

        public boolean isHeld() {
            return "HELD".equals(status);
        }
    }
}
