package se.ingang.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.boundary.AuditQuery;
import se.ingang.platform.control.ApplicationClock;

/**
 * GET /api/audit?entity=&amp;id=&amp;actor=&amp;from=&amp;to=&amp;page=&amp;size= searches the audit trail
 * (administrators); from/to are ISO instants or dates (Swedish time, to is inclusive).
 * The trail is read-only here: there is no PUT, POST or DELETE (405).
 */
@Path("audit")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    @GET
    public AuditList search(@QueryParam("entity") String entity, @QueryParam("id") String id,
                            @QueryParam("actor") String actor, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        access.requireAuditSearch(Caller.name(security));
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequestException(List.of(new FieldError("size", "page ≥ 0 and size 1–500")));
        }
        var result = audit.search(new AuditQuery(blank(entity) == null ? null : entity.strip().toUpperCase(Locale.ROOT),
                blank(id), blank(actor), instant("from", from, false), instant("to", to, true), page, size));
        return new AuditList(result.items().stream().map(AuditEntryView::of).toList(), result.total(), page, size);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An instant, or a date meaning its start (from) or the start of the next day (to, so the day is included). */
    static Instant instant(String field, String text, boolean endOfDay) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                var day = LocalDate.parse(text.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ApplicationClock.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(List.of(new FieldError(field, "an ISO-8601 instant or date, e.g. 2026-11-30")));
            }
        }
    }
}
