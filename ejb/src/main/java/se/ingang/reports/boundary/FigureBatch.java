package se.ingang.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.ingang.calendar.boundary.BusinessCalendars;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.reports.control.CaseFigures;
import se.ingang.reports.control.Facts.CaseFact;
import se.ingang.reports.control.Facts.DeadlineFact;
import se.ingang.reports.control.Facts.EventFact;
import se.ingang.reports.control.FigureTable;
import se.ingang.sla.entity.DeadlineKind;

/**
 * Works out the figures of one batch of cases in a transaction of its own: the cases the database
 * marked as changed (report_dirty), then those whose figures time has changed (report_case.stale_at).
 * One batch at a time across all nodes: it holds the report_refresh row while it works.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FigureBatch {

    public static final int SIZE = 1000;
    private static final Logger LOG = Logger.getLogger(FigureBatch.class.getName());

    /** The timeline events the figures need. */
    private static final List<CaseEvent> EVENTS = List.of(CaseEvent.TRANSFERRED, CaseEvent.RETURNED_TO_FRONT_OFFICE,
            CaseEvent.WAITING_FOR_CUSTOMER, CaseEvent.RESUMED, CaseEvent.RESOLVED, CaseEvent.AUTO_CLOSED,
            CaseEvent.CLOSED, CaseEvent.REOPENED);

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource dataSource;

    @Inject
    ApplicationClock clock;

    @Inject
    BusinessCalendars calendars;

    @Inject
    Organisation organisation;

    /**
     * Waits while another batch (of this node or another) holds the lock: batches are short, and
     * taking turns batch by batch keeps every refresher making progress.
     *
     * @return how many cases were worked out
     */
    public int run() {
        try (Connection db = dataSource.getConnection()) {
            lock(db);
            var now = clock.now();
            var seqs = new LinkedHashMap<Long, Long>();
            try (var dirty = db.prepareStatement("SELECT case_id, seq FROM report_dirty ORDER BY case_id LIMIT " + SIZE);
                 var rows = dirty.executeQuery()) {
                while (rows.next()) {
                    seqs.put(rows.getLong(1), rows.getLong(2));
                }
            }
            var ids = new ArrayList<>(seqs.keySet());
            if (ids.size() < SIZE) {
                try (var stale = db.prepareStatement("SELECT case_id FROM report_case WHERE stale_at <= ? ORDER BY stale_at LIMIT "
                        + (SIZE - ids.size()))) {
                    stale.setObject(1, FigureTable.utc(now));
                    try (var rows = stale.executeQuery()) {
                        while (rows.next()) {
                            if (!seqs.containsKey(rows.getLong(1))) {
                                ids.add(rows.getLong(1));
                            }
                        }
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            var calendarOfQueue = calendarsByQueue();
            var figures = new ArrayList<CaseFigures>();
            var facts = facts(ids);
            var gone = new java.util.LinkedHashSet<>(ids);
            facts.forEach(c -> gone.remove(c.id()));
            if (!gone.isEmpty()) {
                try (var delete = db.createStatement()) {
                    delete.executeUpdate("DELETE FROM report_case WHERE case_id IN ("
                            + gone.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
                }
            }
            for (var c : facts) {
                try {
                    figures.add(CaseFigures.of(c, now, calendarOfQueue));
                } catch (RuntimeException e) {
                    // One case's bad facts must not stop every dashboard: it stays marked, and is reported.
                    LOG.log(Level.WARNING, "cannot work out the figures of case " + c.number(), e);
                    seqs.remove(c.id());
                }
            }
            FigureTable.save(db, figures);
            // A case changed again meanwhile keeps its mark (its seq moved on) and comes round again.
            if (!seqs.isEmpty()) {
                // One primary-key lookup each: only these rows are locked. A scan (which the optimizer picks
                // for a small table) would also wait for every running registration's new, uncommitted mark.
                try (var done = db.prepareStatement("DELETE FROM report_dirty WHERE case_id = ? AND seq = ?")) {
                    for (var e : seqs.entrySet()) {
                        done.setLong(1, e.getKey());
                        done.setLong(2, e.getValue());
                        done.addBatch();
                    }
                    done.executeBatch();
                }
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot work out the dashboards' figures", e);
        }
    }

    private static void lock(Connection db) throws SQLException {
        try (var lock = db.prepareStatement("SELECT id FROM report_refresh WHERE id = 1 FOR UPDATE");
             var rows = lock.executeQuery()) {
            rows.next();
        }
    }

    /** The cases with their deadlines and the events that matter; a case no longer there has none. */
    private List<CaseFact> facts(List<Long> ids) {
        var deadlines = new HashMap<Long, List<DeadlineFact>>();
        for (Object[] r : em.createQuery("SELECT d.caseId, d.kind, d.queueCode, d.startedAt, d.dueAt, d.pausedAt, d.metAt,"
                + " d.cancelledAt, d.breachedAt FROM Deadline d WHERE d.caseId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            deadlines.computeIfAbsent((Long) r[0], id -> new ArrayList<>(4)).add(new DeadlineFact((DeadlineKind) r[1],
                    (String) r[2], (Instant) r[3], (Instant) r[4], (Instant) r[5], (Instant) r[6], (Instant) r[7], (Instant) r[8]));
        }
        var events = new HashMap<Long, List<EventFact>>();
        for (Object[] r : em.createQuery("SELECT e.serviceCase.id, e.event, e.occurredAt FROM TimelineEntry e"
                        + " WHERE e.serviceCase.id IN :ids AND e.event IN :events", Object[].class)
                .setParameter("ids", ids).setParameter("events", EVENTS).getResultList()) {
            events.computeIfAbsent((Long) r[0], id -> new ArrayList<>(2)).add(new EventFact((CaseEvent) r[1], (Instant) r[2]));
        }
        var facts = new ArrayList<CaseFact>();
        for (Object[] r : em.createQuery("SELECT c.id, c.number.value, c.channel, c.type, c.customerGroup, t.code,"
                + " fo.code, q.code, c.status, c.receivedAt, c.firstResponseAt, c.resolvedAt, c.resolvedAtFirstContact,"
                + " c.routedCount FROM ServiceCase c JOIN c.frontOffice fo JOIN c.queue q LEFT JOIN c.topic t"
                + " WHERE c.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            long id = (Long) r[0];
            facts.add(new CaseFact(id, (String) r[1], (Channel) r[2], (CaseType) r[3], (CustomerGroup) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (CaseStatus) r[8], (Instant) r[9], (Instant) r[10], (Instant) r[11],
                    (Boolean) r[12], (Integer) r[13], deadlines.getOrDefault(id, List.of()), events.getOrDefault(id, List.of())));
        }
        return facts;
    }

    /** Each queue's business calendar; queues without one (or unknown codes) use the standard calendar. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Function<String, BusinessTime> calendarsByQueue() {
        var byCalendar = new HashMap<String, BusinessTime>();
        Map<String, BusinessTime> byQueue = new HashMap<>();
        for (var q : organisation.queues()) {
            byQueue.put(q.getCode(), byCalendar.computeIfAbsent(q.getCalendarCode(), calendars::byCode));
        }
        var standard = byCalendar.computeIfAbsent(BusinessCalendars.STANDARD, calendars::byCode);
        return code -> byQueue.getOrDefault(code, standard);
    }
}
