package se.ingang.telephony.boundary;

import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.ingang.customers.entity.PhoneNumberForm;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.telephony.entity.CallData;
import se.ingang.telephony.entity.PhoneQueue;

/** The phone queues an administrator maps to front-office queues, and finding the queue of a call. */
@Stateless
public class PhoneQueues {

    @PersistenceContext
    EntityManager em;

    /** Configuration changes go into the audit trail (who: the current request's user). */
    @Inject
    AuditLog audit;

    @Inject
    Organisation organisation;

    public List<PhoneQueue> list() {
        return em.createNamedQuery(PhoneQueue.FIND_ALL, PhoneQueue.class).getResultList();
    }

    public PhoneQueue byCode(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Phone queue", code));
    }

    /**
     * Creates the phone queue, or changes it (then version is the one the administrator saw;
     * null skips the check). Calls already recorded stay with the queue.
     */
    public PhoneQueue configure(String code, String name, String phoneNumber, String frontOfficeCode, Long version) {
        var frontOffice = organisation.findQueue(frontOfficeCode)
                .orElseThrow(() -> new InvalidInputException("frontOffice", "unknown queue '" + frontOfficeCode + "'"));
        String number = PhoneNumberForm.normalise("phoneNumber", phoneNumber);
        if (number != null) {
            var holder = byNumber(number);
            if (holder.isPresent() && !holder.get().getCode().equals(code)) {
                throw new InvalidInputException("phoneNumber", number + " is already the number of phone queue " + holder.get().getCode());
            }
        }
        var existing = em.createNamedQuery(PhoneQueue.FIND_BY_CODE, PhoneQueue.class).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (existing.isPresent()) {
            if (version != null) {
                existing.get().expectVersion(version);
            }
            var before = fields(existing.get());
            existing.get().configure(name, phoneNumber, frontOffice);
            em.flush();
            audit.record(AuditLog.PHONE_QUEUE, code, "CHANGED", Changes.between(before, fields(existing.get())));
            return existing.get();
        }
        var queue = new PhoneQueue(code, name, phoneNumber, frontOffice);
        em.persist(queue);
        em.flush();
        audit.record(AuditLog.PHONE_QUEUE, code, "CREATED", Changes.between(java.util.Map.of(), fields(queue)));
        return queue;
    }

    private static java.util.Map<String, Object> fields(PhoneQueue q) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("name", q.getName());
        fields.put("phoneNumber", q.getPhoneNumber());
        fields.put("frontOffice", q.getFrontOffice().getCode());
        return fields;
    }

    /** The queue a call was made to: by the queue the system names, else by the number dialled. */
    public PhoneQueue of(CallData call) {
        if (call.phoneQueue() != null && !call.phoneQueue().isBlank()) {
            return find(call.phoneQueue().strip()).orElseThrow(() -> new InvalidInputException("queue",
                    "unknown phone queue '" + call.phoneQueue().strip() + "'; an administrator maps it to a front-office queue first"));
        }
        String number = PhoneNumberForm.normalise("calledNumber", call.calledNumber());
        return (number == null ? Optional.<PhoneQueue>empty() : byNumber(number)).orElseThrow(() -> new InvalidInputException(
                "calledNumber", "no phone queue has the number '" + call.calledNumber() + "'"));
    }

    private Optional<PhoneQueue> find(String code) {
        return em.createNamedQuery(PhoneQueue.FIND_BY_CODE, PhoneQueue.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Optional<PhoneQueue> byNumber(String number) {
        return em.createNamedQuery(PhoneQueue.FIND_BY_NUMBER, PhoneQueue.class).setParameter("number", number)
                .getResultStream().findFirst();
    }
}
