package se.ingang.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.boundary.MailIntake;
import se.ingang.mail.boundary.NoiseQuery;
import se.ingang.mail.entity.MailKind;
import se.ingang.mail.entity.MailMessage;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * The noise log (administrators, as GET /api/mail-noise): auto-replies, bulk mail and bounces
 * with the rule that made them noise, searched by sender, subject, kind and days; "make a case"
 * for a false positive, its outcome shown in the message's row.
 */
@Named
@ViewScoped
public class MailNoiseScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    MailArchive archive;

    @Inject
    MailIntake intake;

    @Inject
    AdminAccess adminAccess;

    @Inject
    CurrentUser user;

    private String kind = "";
    private String sender;
    private String subject;
    private String from;
    private String until;
    private int page;
    private transient List<Row> rows;
    private long total;
    private String searchError;
    /** The outcome of "make a case", by message id: shown in that message's row. */
    private final Map<Long, Result> results = new HashMap<>();

    public void open() throws IOException {
        Refusal.refused(adminAccess.isEditable());
    }

    public String search() {
        page = 0;
        rows = null;
        return null;
    }

    public String next() {
        page++;
        rows = null;
        return null;
    }

    public String previous() {
        page = Math.max(0, page - 1);
        rows = null;
        return null;
    }

    public String makeCase(long id) {
        adminAccess.require();
        try {
            String number = intake.promote(id, user.getName());
            results.put(id, new Result(false, Texts.text("noise.case.done", number)));
        } catch (ActionNotAllowedException | NotFoundException refused) {
            results.put(id, new Result(true, Texts.text("noise.case.refused")));
        }
        rows = null;
        return null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            searchError = null;
            try {
                var found = archive.noise(new NoiseQuery(kind(), sender, subject, day(from, 0), day(until, 1)), page * PAGE_SIZE, PAGE_SIZE);
                total = found.total();
                rows = found.items().stream().map(m -> Row.of(m, archive.caseNumber(m.getCaseId()))).toList();
            } catch (InvalidInputException bad) {
                searchError = Texts.text("noise.error." + bad.fieldErrors().keySet().iterator().next());
                total = 0;
                rows = List.of();
            }
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    public String getSearchError() {
        getRows();
        return searchError;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getTotal();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public Result resultOf(long id) {
        return results.get(id);
    }

    public List<String> getKinds() {
        return List.of("AUTO_REPLY", "BULK", "BOUNCE");
    }

    private MailKind kind() {
        return kind == null || kind.isBlank() || !getKinds().contains(kind) ? null : MailKind.valueOf(kind);
    }

    private static Instant day(String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(ApplicationClock.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(plusDays == 0 ? "from" : "until", "a date as yyyy-mm-dd");
        }
    }

    /** One message as the log shows it. */
    public record Row(long id, Instant receivedAt, String kind, String reason, String sender, String subject,
                      String caseNumber, Instant promotedAt, String promotedBy) {

        static Row of(MailMessage m, String caseNumber) {
            return new Row(m.getId(), m.getCreatedAt(), m.getKind().name(), m.getNoiseReason(), m.getSender(), m.getSubject(),
                    caseNumber, m.getPromotedAt(), m.getPromotedBy());
        }

        public boolean isPromotable() {
            return promotedAt == null;
        }
    }

    /** What "make a case" did for one message. */
    public record Result(boolean error, String text) implements Serializable {
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }
}
