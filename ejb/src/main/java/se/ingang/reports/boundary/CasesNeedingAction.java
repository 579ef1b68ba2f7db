package se.ingang.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.Channel;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.ReportFilter;
import se.ingang.sla.entity.DeadlineKind;

/**
 * What a manager acts on now, beside the figures: the open cases whose targets are breached or fall due
 * within the next hours, and the oldest open cases. Read from the deadlines and cases as they are now
 * (not the per-case figures, which judge a period), with the dashboard's filters; the group is the queue
 * a case is in now, as for the backlog. Callers check access first (managers, administrators).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CasesNeedingAction {

    /** A list shows at most this many; {@code total} counts them all. */
    public static final int LISTED = 100;
    /** Further ahead than three days a deadline is planning, not risk. */
    public static final int MAX_HOURS = 72;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** A running target of an open case, due at {@code dueAt}; {@code queueName} is the case's queue now. */
    public record DueCase(String number, String subject, Channel channel, String queue, String queueName, DeadlineKind kind,
                          Instant dueAt) {
    }

    public record DueList(long total, List<DueCase> cases) {
    }

    /** Breaching: due at or before {@code now}; at risk: due after it and within {@code hours}. */
    public record AtRisk(Instant now, int hours, DueList breaching, DueList atRisk) {
    }

    public record OpenCase(String number, String subject, Channel channel, CaseStatus status, String queue,
                           String queueName, Instant receivedAt) {
    }

    public AtRisk atRisk(ReportFilter filter, int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new InvalidInputException("hours", "whole hours from 1 to " + MAX_HOURS);
        }
        var now = clock.now();
        return new AtRisk(now, hours, due(filter, "d.dueAt <= :now", now, null),
                due(filter, "d.dueAt > :now AND d.dueAt <= :until", now, now.plus(Duration.ofHours(hours))));
    }

    /** Open cases, the longest waiting first. */
    public List<OpenCase> oldest(ReportFilter filter, int limit) {
        var where = open(filter);
        return where.apply(em.createQuery("SELECT c.number.value, c.subject, c.channel, c.status, q.code, q.name, c.receivedAt"
                        + " FROM ServiceCase c JOIN c.queue q JOIN c.frontOffice fo" + where.clause()
                        + " ORDER BY c.receivedAt, c.id", Object[].class))
                .setMaxResults(Math.max(1, Math.min(limit, LISTED))).getResultList().stream()
                .map(r -> new OpenCase((String) r[0], (String) r[1], (Channel) r[2], (CaseStatus) r[3], (String) r[4],
                        (String) r[5], (Instant) r[6])).toList();
    }

    /** Running targets only: a met, cancelled or paused one (waiting for the customer) cannot fall due. */
    private DueList due(ReportFilter filter, String when, Instant now, Instant until) {
        var where = open(filter).and("d.caseId = c.id").and("d.metAt IS NULL").and("d.cancelledAt IS NULL")
                .and("d.pausedAt IS NULL").and(when).param("now", now);
        if (until != null) {
            where.param("until", until);
        }
        long total = where.apply(em.createQuery("SELECT COUNT(d) FROM Deadline d, ServiceCase c JOIN c.queue q"
                + " JOIN c.frontOffice fo" + where.clause(), Long.class)).getSingleResult();
        var cases = where.apply(em.createQuery("SELECT c.number.value, c.subject, c.channel, q.code, q.name, d.kind, d.dueAt"
                        + " FROM Deadline d, ServiceCase c JOIN c.queue q JOIN c.frontOffice fo" + where.clause()
                        + " ORDER BY d.dueAt, d.id", Object[].class)).setMaxResults(LISTED).getResultList().stream()
                .map(r -> new DueCase((String) r[0], (String) r[1], (Channel) r[2], (String) r[3], (String) r[4],
                        (DeadlineKind) r[5], (Instant) r[6])).toList();
        return new DueList(total, cases);
    }

    private static Reports.Where open(ReportFilter filter) {
        return new Reports.Where(filter).and("c.status IN :open").param("open", Reports.OPEN);
    }
}
