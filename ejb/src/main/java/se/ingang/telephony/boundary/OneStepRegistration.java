package se.ingang.telephony.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.Channel;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.telephony.entity.CallRecord;

/**
 * The front office's one-step form for contacts that were handled live: an answered call
 * (linked to its call record) or a walk-in visit becomes a case, categorised and either
 * resolved at first contact or routed, in one transaction.
 */
@Stateless
public class OneStepRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cases cases;

    @Inject
    Organisation organisation;

    public Case register(OneStepContact contact, String actor) {
        if (contact.channel() != Channel.PHONE && contact.channel() != Channel.VISIT) {
            throw new InvalidInputException("channel", "one-step registration is for PHONE and VISIT contacts");
        }
        if (contact.note() == null || contact.note().isBlank()) {
            throw new InvalidInputException("note", "say what the contact was about");
        }
        CallRecord call = null;
        if (contact.callId() != null && !contact.callId().isBlank()) {
            if (contact.channel() != Channel.PHONE) {
                throw new InvalidInputException("callId", "only a PHONE contact has a call");
            }
            call = em.createNamedQuery(CallRecord.FIND_BY_CALL_ID, CallRecord.class)
                    .setParameter("callId", contact.callId().strip()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("callId", "no call '" + contact.callId().strip() + "' is recorded"));
        }
        String phone = contact.customerPhone() != null && !contact.customerPhone().isBlank() ? contact.customerPhone()
                : call == null ? null : call.getCallerNumber();
        String frontOffice = call == null ? null : call.getPhoneQueue().getFrontOffice().getCode();
        var c = cases.register(new NewCase(contact.channel(), subjectOf(contact), contact.note().strip(),
                contact.customerName(), contact.customerEmail(), phone, contact.customerGroup(), contact.topic(),
                frontOffice, contact.type(), contact.priority()), actor);
        if (call != null) {
            call.linkCase(c);
        }
        // Registering moved the case on (deadlines); write it, so the version below is current.
        em.flush();
        var outcome = contact.outcome() == null ? TriageDecision.Outcome.RESOLVE : contact.outcome();
        String answer = contact.answer() != null && !contact.answer().isBlank() ? contact.answer().strip() : contact.note().strip();
        return cases.triage(c.getNumber().value(), new TriageDecision(c.getVersion(), null, null, null, null, outcome,
                contact.group(), outcome == TriageDecision.Outcome.RESOLVE ? answer : null, null), actor);
    }

    /** The subject given, else what the topic is called, else which kind of contact it was. */
    private String subjectOf(OneStepContact contact) {
        if (contact.subject() != null && !contact.subject().isBlank()) {
            return contact.subject().strip();
        }
        String kind = contact.channel() == Channel.PHONE ? "Telefonsamtal / phone call" : "Besök / visit";
        if (contact.topic() == null) {
            return kind;
        }
        return organisation.findTopic(contact.topic()).map(topic -> kind + ": " + topic.getName()).orElse(kind);
    }
}
