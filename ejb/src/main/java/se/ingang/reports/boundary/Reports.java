package se.ingang.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ingang.calendar.boundary.BusinessCalendars;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.Queue;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.Facts.CallCount;
import se.ingang.reports.control.Facts.CallCounts;
import se.ingang.reports.control.Facts.CallbackFact;
import se.ingang.reports.control.Facts.CaseFact;
import se.ingang.reports.control.Facts.DeadlineFact;
import se.ingang.reports.control.Facts.EventFact;
import se.ingang.reports.control.Facts.OpenCase;
import se.ingang.reports.control.Facts.SurveyFact;
import se.ingang.reports.control.KpiCalculator;
import se.ingang.reports.control.Kpis;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.control.ReportPeriod;
import se.ingang.reports.control.ReportTable;
import se.ingang.sla.entity.DeadlineKind;
import se.ingang.telephony.entity.CallOutcome;

/**
 * The managers' figures, computed on request from the facts (no aggregate tables to keep in
 * step): the cases received in the period that match the filter, their deadlines and timeline
 * events; the open cases now (backlog); surveys answered in the period; calls started in the
 * period and callbacks owed for its days. Callers check access first (managers, administrators).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Reports {

    private static final List<CaseEvent> EVENTS = List.of(CaseEvent.TRANSFERRED, CaseEvent.RETURNED_TO_FRONT_OFFICE,
            CaseEvent.WAITING_FOR_CUSTOMER, CaseEvent.RESUMED, CaseEvent.RESOLVED, CaseEvent.AUTO_CLOSED,
            CaseEvent.CLOSED, CaseEvent.REOPENED);
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CUSTOMER);

    /** Hibernate's hint for the JDBC fetch size. */
    private static final String FETCH_SIZE_HINT = "org.hibernate.fetchSize";
    private static final int FETCH_SIZE = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    BusinessCalendars calendars;

    @Inject
    Organisation organisation;

    public Kpis kpis(ReportPeriod period, ReportFilter filter) {
        return calculator(period, filter).kpis();
    }

    public ReportTable table(String name, ReportPeriod period, ReportFilter filter) {
        if (!KpiCalculator.TABLES.contains(name)) {
            throw new InvalidInputException("table", "one of " + String.join(", ", KpiCalculator.TABLES));
        }
        return calculator(period, filter).table(name);
    }

    public List<String> cases(String kpi, String key, String bucket, ReportPeriod period, ReportFilter filter) {
        return calculator(period, filter).cases(kpi, key, bucket);
    }

    /** Everything of one period and filter at once (the dashboard page and the weekly mail show it all). */
    public record Report(Kpis kpis, List<ReportTable> tables) {
    }

    public Report report(ReportPeriod period, ReportFilter filter) {
        var calculator = calculator(period, filter);
        return new Report(calculator.kpis(), KpiCalculator.TABLES.stream().map(calculator::table).toList());
    }

    public KpiCalculator calculator(ReportPeriod period, ReportFilter filter) {
        check(filter);
        var now = clock.now();
        var cases = cases(period, filter);
        return new KpiCalculator(period, now, cases, backlog(filter), surveys(period, filter), calls(period, filter),
                callbacks(period, filter), calendarsByQueue());
    }

    private void check(ReportFilter filter) {
        if (filter.frontOffice() != null && organisation.findQueue(filter.frontOffice()).filter(q -> !q.isBackOffice()).isEmpty()) {
            throw new InvalidInputException("frontOffice", "no front-office profile '" + filter.frontOffice() + "'");
        }
        if (filter.group() != null && organisation.findQueue(filter.group()).filter(Queue::isBackOffice).isEmpty()) {
            throw new InvalidInputException("group", "no back-office group '" + filter.group() + "'");
        }
    }

    /**
     * The cohort with its deadlines and events. Read as streams, deadlines and events first, and
     * the few distinct codes shared, so a long period holds little more than the facts themselves.
     */
    private List<CaseFact> cases(ReportPeriod period, ReportFilter filter) {
        var where = new Where(filter, false).and("c.receivedAt >= :start AND c.receivedAt < :end")
                .param("start", period.start()).param("end", period.end());
        var codes = new HashMap<String, String>();
        var deadlines = new HashMap<Long, List<DeadlineFact>>();
        each(where.apply(em.createQuery("SELECT d.caseId, d.kind, d.queueCode, d.startedAt, d.dueAt, d.pausedAt, d.metAt,"
                        + " d.cancelledAt, d.breachedAt FROM Deadline d, ServiceCase c JOIN c.frontOffice fo"
                        + where.clause() + " AND d.caseId = c.id", Object[].class)),
                r -> deadlines.computeIfAbsent((Long) r[0], id -> new ArrayList<>(4)).add(new DeadlineFact(
                        (DeadlineKind) r[1], shared(codes, (String) r[2]), (Instant) r[3], (Instant) r[4], (Instant) r[5],
                        (Instant) r[6], (Instant) r[7], (Instant) r[8])));
        var events = new HashMap<Long, List<EventFact>>();
        each(where.apply(em.createQuery("SELECT c.id, e.event, e.occurredAt FROM TimelineEntry e JOIN e.serviceCase c"
                        + " JOIN c.frontOffice fo" + where.clause() + " AND e.event IN :events", Object[].class)
                        .setParameter("events", EVENTS)),
                r -> events.computeIfAbsent((Long) r[0], id -> new ArrayList<>(2))
                        .add(new EventFact((CaseEvent) r[1], (Instant) r[2])));
        var facts = new ArrayList<CaseFact>();
        each(where.apply(em.createQuery("SELECT c.id, c.number.value, c.channel, c.type, c.customerGroup, t.code,"
                + " fo.code, q.code, c.status, c.receivedAt, c.firstResponseAt, c.resolvedAt, c.resolvedAtFirstContact,"
                + " c.routedCount FROM ServiceCase c JOIN c.frontOffice fo JOIN c.queue q LEFT JOIN c.topic t"
                + where.clause() + " ORDER BY c.id", Object[].class)), r -> {
                    long id = (Long) r[0];
                    facts.add(new CaseFact(id, (String) r[1], (Channel) r[2], (CaseType) r[3], (CustomerGroup) r[4],
                            shared(codes, (String) r[5]), shared(codes, (String) r[6]), shared(codes, (String) r[7]),
                            (CaseStatus) r[8], (Instant) r[9], (Instant) r[10], (Instant) r[11], (Boolean) r[12],
                            (Integer) r[13], deadlines.getOrDefault(id, List.of()), events.getOrDefault(id, List.of())));
                });
        return facts;
    }

    /**
     * Rows are read as they come, a fetch size at a time: without a fetch size the MariaDB driver
     * buffers the whole result set (millions of rows for a year) before the first row is seen.
     */
    private static <T> void each(TypedQuery<T> query, java.util.function.Consumer<T> action) {
        try (var rows = query.setHint(FETCH_SIZE_HINT, FETCH_SIZE).getResultStream()) {
            rows.forEach(action);
        }
    }

    private static <T, R> List<R> all(TypedQuery<T> query, java.util.function.Function<T, R> mapper) {
        var result = new ArrayList<R>();
        each(query, r -> result.add(mapper.apply(r)));
        return result;
    }

    private static String shared(Map<String, String> codes, String code) {
        return code == null ? null : codes.computeIfAbsent(code, c -> c);
    }

    private List<OpenCase> backlog(ReportFilter filter) {
        var where = new Where(filter, true).and("c.status IN :open").param("open", OPEN);
        return all(where.apply(em.createQuery("SELECT c.number.value, q.code, c.receivedAt FROM ServiceCase c JOIN c.queue q"
                        + " JOIN c.frontOffice fo" + where.clause() + " ORDER BY c.id", Object[].class)),
                r -> new OpenCase((String) r[0], (String) r[1], (Instant) r[2]));
    }

    private List<SurveyFact> surveys(ReportPeriod period, ReportFilter filter) {
        var where = new Where(filter, false).and("s.caseId = c.id AND s.score IS NOT NULL AND s.answeredAt >= :start"
                + " AND s.answeredAt < :end").param("start", period.start()).param("end", period.end());
        return all(where.apply(em.createQuery("SELECT s.caseNumber, s.score, s.answeredAt FROM Survey s, ServiceCase c"
                        + " JOIN c.frontOffice fo" + where.clause(), Object[].class)),
                r -> new SurveyFact((String) r[0], (Integer) r[1], (Instant) r[2]));
    }

    /**
     * Calls have no case type, channel or customer group: only the front-office filter applies to them.
     * Counted per phone queue by the database: a year has millions of calls.
     */
    private CallCounts calls(ReportPeriod period, ReportFilter filter) {
        var query = em.createQuery("SELECT pq.code, COUNT(r), SUM(CASE WHEN r.outcome = :answered THEN 1 ELSE 0 END)"
                + " FROM CallRecord r JOIN r.phoneQueue pq JOIN pq.frontOffice fo WHERE r.startedAt >= :start"
                + " AND r.startedAt < :end" + (filter.frontOffice() == null ? "" : " AND fo.code = :fo")
                + " GROUP BY pq.code ORDER BY pq.code", Object[].class)
                .setParameter("answered", CallOutcome.ANSWERED)
                .setParameter("start", period.start()).setParameter("end", period.end());
        if (filter.frontOffice() != null) {
            query.setParameter("fo", filter.frontOffice());
        }
        return new CallCounts(all(query, r -> new CallCount((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())));
    }

    private List<CallbackFact> callbacks(ReportPeriod period, ReportFilter filter) {
        var query = em.createQuery("SELECT pq.code, b.serviceCase.number.value, b.callDate,"
                + " (SELECT MIN(d.dueAt) FROM Deadline d WHERE d.caseId = b.serviceCase.id AND d.kind = :firstResponse),"
                + " (SELECT MIN(a.attemptedAt) FROM CallbackAttempt a WHERE a.callback = b)"
                + " FROM Callback b JOIN b.phoneQueue pq JOIN pq.frontOffice fo WHERE b.callDate >= :from AND b.callDate <= :to"
                + (filter.frontOffice() == null ? "" : " AND fo.code = :fo"), Object[].class)
                .setParameter("firstResponse", DeadlineKind.FIRST_RESPONSE)
                .setParameter("from", period.from()).setParameter("to", period.to());
        if (filter.frontOffice() != null) {
            query.setParameter("fo", filter.frontOffice());
        }
        return all(query, r -> new CallbackFact((String) r[0], (String) r[1], (LocalDate) r[2],
                (Instant) r[3], (Instant) r[4]));
    }

    private java.util.function.Function<String, BusinessTime> calendarsByQueue() {
        var byCalendar = new HashMap<String, BusinessTime>();
        var byQueue = new HashMap<String, BusinessTime>();
        for (var q : organisation.queues()) {
            byQueue.put(q.getCode(), byCalendar.computeIfAbsent(q.getCalendarCode(), calendars::byCode));
        }
        var standard = byCalendar.computeIfAbsent(BusinessCalendars.STANDARD, calendars::byCode);
        return code -> byQueue.getOrDefault(code, standard);
    }

    /** The filter as a JPQL WHERE clause over the case alias c (front office alias fo). */
    private static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where(ReportFilter f, boolean groupIsCurrentQueue) {
            if (f.frontOffice() != null) {
                and("fo.code = :fo").param("fo", f.frontOffice());
            }
            if (f.group() != null) {
                and(groupIsCurrentQueue ? "c.queue.code = :group"
                        : "EXISTS (SELECT 1 FROM Deadline g WHERE g.caseId = c.id AND g.kind = :handling AND g.queueCode = :group)")
                        .param("group", f.group());
                if (!groupIsCurrentQueue) {
                    param("handling", DeadlineKind.HANDLING);
                }
            }
            if (f.channel() != null) {
                and("c.channel = :channel").param("channel", f.channel());
            }
            if (f.caseType() != null) {
                and("c.type = :type").param("type", f.caseType());
            }
            if (f.customerGroup() != null) {
                and("c.customerGroup = :customerGroup").param("customerGroup", f.customerGroup());
            }
        }

        Where and(String condition) {
            parts.add(condition);
            return this;
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        String clause() {
            return parts.isEmpty() ? " WHERE 1 = 1" : " WHERE " + String.join(" AND ", parts);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
