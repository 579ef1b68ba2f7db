package se.ingang.telephony.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.telephony.control.AnswerRate;
import se.ingang.telephony.entity.CallRecord;
import se.ingang.telephony.entity.CallbackAttempt;
import se.ingang.telephony.entity.PhoneQueue;

/** Answer-rate figures per phone queue over whole local days (Europe/Stockholm), for the managers' dashboards. */
@Stateless
public class AnswerRates {

    /** More than a year at once belongs in a report job, not a dashboard request. */
    static final int MAX_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    PhoneQueues queues;

    public AnswerRate of(String phoneQueue, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return figures(queues.byCode(phoneQueue), from, to);
    }

    public List<AnswerRate> ofAll(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return queues.list().stream().map(queue -> figures(queue, from, to)).toList();
    }

    private AnswerRate figures(PhoneQueue queue, LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(ApplicationClock.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(ApplicationClock.ZONE).toInstant();
        var calls = em.createNamedQuery(CallRecord.IN_PERIOD, CallRecord.class)
                .setParameter("queue", queue).setParameter("from", start).setParameter("to", end)
                .getResultStream()
                .map(r -> new AnswerRate.Call(!r.isMissed(), r.getWaitSeconds(), r.getCallerNumber() == null))
                .toList();
        long callbackCases = em.createQuery("SELECT COUNT(b) FROM Callback b WHERE b.phoneQueue = :queue"
                        + " AND b.callDate >= :from AND b.callDate <= :to", Long.class)
                .setParameter("queue", queue).setParameter("from", from).setParameter("to", to).getSingleResult();
        long callbacksMade = em.createNamedQuery(CallbackAttempt.COUNT_IN_PERIOD, Long.class)
                .setParameter("queue", queue).setParameter("from", start).setParameter("to", end).getSingleResult();
        return AnswerRate.of(queue.getCode(), from, to, calls, callbackCases, callbacksMade);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "give the period as dates, e.g. 2026-11-01");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends before it starts");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS + " days at a time");
        }
    }
}
