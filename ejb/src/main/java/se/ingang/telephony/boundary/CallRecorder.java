package se.ingang.telephony.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.telephony.entity.CallData;
import se.ingang.telephony.entity.CallRecord;
import se.ingang.telephony.entity.CallSource;

/**
 * Records one call, once per call id, in a transaction of its own: one bad row of a large
 * import never undoes the good ones, and importing again is safe. A missed call from a
 * number we can call back goes to its callback in the same transaction.
 */
@Stateless
public class CallRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    PhoneQueues queues;

    @Inject
    Callbacks callbacks;

    public CallRecord find(String callId) {
        return em.createNamedQuery(CallRecord.FIND_BY_CALL_ID, CallRecord.class).setParameter("callId", callId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Call", callId));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CallRecorded record(CallData call, CallSource source) {
        var queue = queues.of(call);
        var known = em.createNamedQuery(CallRecord.FIND_BY_CALL_ID, CallRecord.class)
                .setParameter("callId", call.callId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (known.isPresent()) {
            var record = known.get();
            boolean wasMissed = record.isMissed();
            String callbackCase = wasMissed ? callbacks.caseNumberOf(record).orElse(null) : null;
            var effect = record.reportedAgain(call, queue);
            if (wasMissed && !record.isMissed()) {
                callbacks.answeredAfterAll(record);
            }
            return new CallRecorded(call.callId(), effect, callbackCase, false);
        }
        var record = new CallRecord(call, queue, source, clock.now());
        em.persist(record);
        if (!record.needsCallback()) {
            return new CallRecorded(call.callId(), CallRecord.Effect.RECORDED, null, false);
        }
        var callback = callbacks.missedCall(record);
        return new CallRecorded(call.callId(), CallRecord.Effect.RECORDED, callback.caseNumber(), callback.created());
    }
}
