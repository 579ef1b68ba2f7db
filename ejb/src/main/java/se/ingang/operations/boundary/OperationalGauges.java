package se.ingang.operations.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ingang.cases.boundary.CaseRegistered;
import se.ingang.mail.boundary.Mailboxes;
import se.ingang.operations.control.ApplicationMetrics;
import se.ingang.sla.boundary.SlaAlarm;

/**
 * Gauges read from the database every 15 s on each node (queue depths, SLA state, mail fetch lag),
 * so a scrape never queries the database itself; and the case counter, counted once the
 * registration committed.
 */
@Singleton
@Startup
public class OperationalGauges {

    private static final Logger LOG = Logger.getLogger(OperationalGauges.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationMetrics metrics;

    @Inject
    Mailboxes mailboxes;

    public void caseRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRegistered registered) {
        metrics.caseCreated(registered.channel());
    }

    public void slaAlarm(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaAlarm alarm) {
        if (alarm.breach()) {
            metrics.slaBreached();
        } else {
            metrics.slaWarned();
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void refresh() {
        try {
            queueDepths();
            slaState();
            mailLag();
        } catch (RuntimeException e) {
            // Metrics must never disturb the application; the next tick tries again.
            LOG.log(Level.FINE, "metrics refresh failed", e);
        }
    }

    private void queueDepths() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT q.code, COUNT(c.id) FROM queue q LEFT JOIN service_case c "
                + "ON c.queue_id = q.id AND c.status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER') GROUP BY q.code").getResultList();
        var depths = new LinkedHashMap<String, Long>();
        rows.forEach(r -> depths.put((String) r[0], ((Number) r[1]).longValue()));
        metrics.gauges("ingang.queue.open.cases", "queue", depths);
    }

    /**
     * Running deadlines past their warning or breached. Only the running ones are read (the open-deadline
     * index finds them): a year holds millions of deadlines, and the ones ever recorded are counters.
     */
    private void slaState() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                + "SUM(CASE WHEN warned_at IS NOT NULL AND breached_at IS NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN breached_at IS NOT NULL THEN 1 ELSE 0 END) "
                + "FROM case_deadline WHERE met_at IS NULL AND cancelled_at IS NULL").getSingleResult();
        metrics.gauge("ingang.sla.warned.open", number(row[0]));
        metrics.gauge("ingang.sla.breached.open", number(row[1]));
    }

    /** Seconds since each enabled mailbox was last read successfully (-1: never). */
    private void mailLag() {
        var now = Instant.now();
        var lag = new LinkedHashMap<String, Long>();
        mailboxes.health().stream().filter(m -> m.enabled()).forEach(m -> lag.put(m.name(),
                m.lastSuccessAt() == null ? -1 : Duration.between(m.lastSuccessAt(), now).toSeconds()));
        metrics.gauges("ingang.mail.fetch.lag.seconds", "mailbox", lag);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
