package se.ingang.telephony.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ingang.telephony.entity.CallRecord;
import se.ingang.telephony.entity.Callback;
import se.ingang.telephony.entity.PhoneNumbers;

/**
 * A person's number in the call logs, for export (GDPR Art. 15) and erasure (Art. 17). Their calls stay, counted
 * like calls from a hidden number, so answer rates do not change; the callbacks keep their
 * counts but lose the number and the agents' notes.
 */
@Stateless
public class CallerData {

    @PersistenceContext
    EntityManager em;

    /** Calls from the number or registered as one of the cases, and callbacks for either. */
    public CallerRecords export(String phone, List<Long> caseIds) {
        String number = PhoneNumbers.normalise(phone);
        var ids = caseIds.isEmpty() ? List.of(-1L) : caseIds;
        var calls = em.createQuery("SELECT r FROM CallRecord r WHERE r.callerNumber = :number"
                        + " OR r.registeredCase.id IN :ids ORDER BY r.startedAt", CallRecord.class)
                .setParameter("number", number == null ? "" : number).setParameter("ids", ids).getResultStream()
                .map(r -> new CallerRecords.Call(r.getCallId(), r.getStartedAt(), r.getCallerNumber(), r.getCalledNumber(),
                        r.getPhoneQueue().getCode(), r.getOutcome().name(), r.getWaitSeconds(), r.getDurationSeconds(),
                        r.getAgent(), r.getRegisteredCase() == null ? null : r.getRegisteredCase().getNumber().value()))
                .toList();
        var callbacks = em.createQuery("SELECT b FROM Callback b WHERE b.callerNumber = :number"
                        + " OR b.serviceCase.id IN :ids ORDER BY b.createdAt", Callback.class)
                .setParameter("number", number == null ? "" : number).setParameter("ids", ids).getResultStream()
                .map(b -> new CallerRecords.CallbackRecord(b.getServiceCase().getNumber().value(), b.getCallerNumber(),
                        b.getCallDate(), b.getPhoneQueue().getCode(), b.getMissedCalls(), b.getAttempts(), b.getCreatedAt(),
                        b.getResolvedAt(), b.getAttemptLog().stream().map(a -> new CallerRecords.Attempt(a.getAttemptedAt(),
                                a.getOutcome().name(), a.getAgent(), a.getNote())).toList()))
                .toList();
        return new CallerRecords(calls, callbacks);
    }

    /** Returns how many call records named the number. */
    public int erase(String phone) {
        String number = PhoneNumbers.normalise(phone);
        if (number == null) {
            return 0;
        }
        int calls = em.createQuery("UPDATE CallRecord r SET r.callerNumber = NULL WHERE r.callerNumber = :number")
                .setParameter("number", number).executeUpdate();
        em.createQuery("UPDATE CallbackAttempt a SET a.note = NULL WHERE a.callback IN"
                        + " (SELECT b FROM Callback b WHERE b.callerNumber = :number)")
                .setParameter("number", number).executeUpdate();
        // The number is part of the callback's key (number, day): an erased one gets a unique stand-in.
        em.createNativeQuery("UPDATE phone_callback SET caller_number = CONCAT('erased-', id) WHERE caller_number = ?1")
                .setParameter(1, number).executeUpdate();
        return calls;
    }
}
