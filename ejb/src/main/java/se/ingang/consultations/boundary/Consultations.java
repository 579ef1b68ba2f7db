package se.ingang.consultations.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.consultations.control.ConsultationProcess;
import se.ingang.consultations.entity.Consultation;
import se.ingang.notifications.boundary.Notifications;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * Consulting another group without sending the case away. The case stays in its queue with
 * its owner; the consulted group gets a sub-task in the case's process and sees it in its
 * consultation queue; the answer goes onto the case's timeline and the owner is notified.
 * Each method is one transaction: the record, the timeline and the process move together.
 * Notifications name the case, never the texts, so erasing a case's personal data needs no
 * search through them.
 */
@Stateless
public class Consultations {

    public static final String NOTIFY_REQUESTED = "CONSULTATION_REQUESTED";
    public static final String NOTIFY_ANSWERED = "CONSULTATION_ANSWERED";
    public static final String NOTIFY_WITHDRAWN = "CONSULTATION_WITHDRAWN";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Organisation organisation;

    @Inject
    Notifications notifications;

    @Inject
    ConsultationProcess process;

    public Consultation ask(String caseNumber, String groupCode, String question, String actor) {
        var c = lockCase(caseNumber);
        if (groupCode == null || groupCode.isBlank()) {
            throw new InvalidInputException("group", "name the group to consult");
        }
        var group = organisation.findQueue(groupCode.trim())
                .orElseThrow(() -> new InvalidInputException("group", "unknown group '" + groupCode + "'"));
        boolean alreadyAsked = forCase(c).stream().anyMatch(k -> k.isOpen() && k.getGroup().getCode().equals(group.getCode()));
        if (alreadyAsked) {
            throw new ActionNotAllowedException("Case " + c.getNumber() + " already has an open consultation with "
                    + group.getCode() + "; wait for its answer or withdraw it");
        }
        var now = clock.now();
        var k = Consultation.ask(c, group, question, actor, now);
        em.persist(k);
        em.flush();
        c.recordConsultation(CaseEvent.CONSULTATION_REQUESTED, k.getQuestion(), detail(k), actor, now);
        process.consult(c, k);
        notifications.notify(group.getCode(), NOTIFY_REQUESTED, c.getNumber().value(),
                actor + " asks " + group.getCode() + " a question about case " + c.getNumber());
        return k;
    }

    public Consultation answer(long id, long version, String answer, String actor) {
        var k = lock(id, version);
        var c = k.getCase();
        var now = clock.now();
        k.answer(answer, actor, now);
        c.recordConsultation(CaseEvent.CONSULTATION_ANSWERED, k.getAnswer(), detail(k), actor, now);
        process.end(c, k);
        notifications.notify(owner(c), NOTIFY_ANSWERED, c.getNumber().value(),
                k.getGroup().getCode() + " answered the question on case " + c.getNumber());
        // Written now, so the version the caller gets back is the one its next command must carry.
        em.flush();
        return k;
    }

    /** The owner no longer needs the answer (or asked the wrong group). */
    public Consultation withdraw(long id, long version, String reason, String actor) {
        var k = lock(id, version);
        var c = k.getCase();
        var now = clock.now();
        k.withdraw(now);
        c.recordConsultation(CaseEvent.CONSULTATION_WITHDRAWN, blankToNull(reason), detail(k), actor, now);
        process.end(c, k);
        notifications.notify(k.getGroup().getCode(), NOTIFY_WITHDRAWN, c.getNumber().value(),
                actor + " withdrew the question on case " + c.getNumber());
        // Written now, so the version the caller gets back is the one its next command must carry.
        em.flush();
        return k;
    }

    /**
     * The case was closed: nobody needs the answers any more. The records are withdrawn here;
     * the process ends the sub-tasks itself when the case's process ends.
     */
    public void caseClosed(Case c, String actor) {
        var now = clock.now();
        for (var k : forCase(c)) {
            if (k.isOpen()) {
                k.withdraw(now);
                c.recordConsultation(CaseEvent.CONSULTATION_WITHDRAWN, null, detail(k) + ", case closed", actor, now);
            }
        }
    }

    /** GDPR erasure of a case (PersonalData.eraseCase): the consultations' texts go too. */
    public void erasePersonalData(Case c) {
        forCase(c).forEach(Consultation::erasePersonalData);
    }

    /** A group's queue of questions waiting for its answer, oldest first. */
    public List<Consultation> openForGroup(String groupCode) {
        return em.createNamedQuery(Consultation.OPEN_FOR_GROUP, Consultation.class)
                .setParameter("group", groupCode).getResultList();
    }

    public List<Consultation> forCase(String caseNumber) {
        return forCase(caseByNumber(caseNumber, LockModeType.NONE));
    }

    public Consultation find(long id) {
        var k = em.find(Consultation.class, id);
        if (k == null) {
            throw new NotFoundException("Consultation", id);
        }
        return k;
    }

    private List<Consultation> forCase(Case c) {
        return em.createNamedQuery(Consultation.FOR_CASE, Consultation.class)
                .setParameter("caseId", c.getId()).getResultList();
    }

    /** The case row is locked first, as for every case command, then the consultation's version is checked. */
    private Consultation lock(long id, long version) {
        var k = find(id);
        em.lock(k.getCase(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(k, LockModeType.PESSIMISTIC_WRITE);
        k.expectVersion(version);
        return k;
    }

    private Case lockCase(String number) {
        return caseByNumber(number, LockModeType.PESSIMISTIC_WRITE);
    }

    private Case caseByNumber(String number, LockModeType lock) {
        if (number == null || !CaseNumber.isValid(number)) {
            throw new NotFoundException("Case", number);
        }
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class)
                .setParameter("number", number.trim()).setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Case", number));
    }

    /** Who owns the case: its assignee, else its group. */
    private static String owner(Case c) {
        return c.getAssignee() != null ? c.getAssignee() : c.getQueue().getCode();
    }

    private static String detail(Consultation k) {
        return "consultation " + k.getId() + " with " + k.getGroup().getCode();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
