package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.boundary.AuditQuery;
import se.ingang.platform.control.ApplicationClock;

/** The audit trail search for administrators (GET ?entity=&amp;id=&amp;actor=&amp;from=&amp;to=), as GET /api/audit. */
@Named
@RequestScoped
public class AuditScreen {

    /** One entry as the page shows it. */
    public record Row(Instant at, String actor, String entity, String entityId, String action, String field,
                      String oldValue, String newValue, String channel) {
    }

    @Inject
    AuditLog audit;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private String entity;
    private String id;
    private String actor;
    private String from;
    private String to;
    private List<Row> rows = List.of();
    private long total;
    private boolean badDate;

    public void load() throws java.io.IOException {
        if (Refusal.refused(isAllowed())) {
            return;
        }
        Instant start = day(from, false);
        Instant end = day(to, true);
        var page = audit.search(new AuditQuery(blank(entity) == null ? null : entity.strip().toUpperCase(Locale.ROOT),
                blank(id), blank(actor), start, end, 0, 200));
        rows = page.items().stream().map(e -> new Row(e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                e.getAction(), e.getField(), e.getOldValue(), e.getNewValue(), e.getChannel())).toList();
        total = page.total();
    }

    /** Whether the signed-in person may open this page (the navigation shows the link only then). */
    public boolean isAllowed() {
        return AccessPolicy.maySearchAudit(access.who(user.getName()));
    }

    private Instant day(String text, boolean endOfDay) {
        if (blank(text) == null) {
            return null;
        }
        try {
            var day = LocalDate.parse(text.strip());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ApplicationClock.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            badDate = true;
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<String> getEntities() {
        return List.of(AuditLog.CASE, AuditLog.CUSTOMER, AuditLog.ORGANISATION, AuditLog.QUEUE, AuditLog.STAFF_USER,
                AuditLog.CANNED_ANSWER, AuditLog.MAILBOX, AuditLog.PHONE_QUEUE, AuditLog.ROUTING_TABLE, AuditLog.SEARCH);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getTotalText() {
        return String.valueOf(total);
    }

    public boolean isBadDate() {
        return badDate;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
