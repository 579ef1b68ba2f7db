package se.ingang.telephony.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.telephony.entity.PhoneNumbers;

/**
 * A person's number in the call logs, for erasure (GDPR Art. 17). Their calls stay, counted
 * like calls from a hidden number, so answer rates do not change; the callbacks keep their
 * counts but lose the number and the agents' notes.
 */
@Stateless
public class CallerData {

    @PersistenceContext
    EntityManager em;

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
