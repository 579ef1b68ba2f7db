package se.ingang.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.control.CaseTrail;
import se.ingang.cases.control.OwnerAssignment;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.Priority;
import se.ingang.consultations.boundary.Consultations;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.sla.boundary.Deadlines;

/**
 * The steps the case process performs on a case by itself: applying the routing decision
 * and closing a case when its reopen window has passed. Called from process delegates.
 */
@Stateless
public class CaseRouting {

    public static final String SYSTEM = "system";

    /** The reminder as the timeline shows it; the customer gets it by e-mail (CustomerReminded). */
    static final String REMINDER = "Påminnelse: vi väntar fortfarande på ditt svar på vår fråga. "
            + "/ Reminder: we are still waiting for your answer to our question.";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Organisation organisation;

    @Inject
    Deadlines deadlines;

    @Inject
    OwnerAssignment owners;

    @Inject
    Consultations consultations;

    @Inject
    Event<CustomerReminded> reminded;

    @Inject
    CaseTrail trail;

    public void applyRouting(long caseId, String group, Priority suggestedPriority) {
        var c = caseById(caseId);
        var queue = organisation.findQueue(group).orElseThrow(() -> new ActionNotAllowedException(
                "The routing table sends case " + c.getNumber() + " to group '" + group + "', which does not exist"));
        var before = trail.snapshot(c);
        c.routeTo(queue, suggestedPriority, SYSTEM, clock.now());
        owners.caseLanded(c);
        trail.changed("ROUTED", before, c, SYSTEM);
    }

    /** Idempotent: a timer job may run twice, and staff may have closed the case already. */
    public void closeAfterReopenWindow(long caseId) {
        var c = caseById(caseId);
        var before = trail.snapshot(c);
        if (c.close(SYSTEM, clock.now())) {
            consultations.caseClosed(c, SYSTEM);
            deadlines.closed(c);
            trail.changed("CLOSED", before, c, SYSTEM);
        }
    }

    /** Idempotent: a second run of the reminder job finds the reminder already sent. */
    public void remindCustomer(long caseId) {
        var c = caseById(caseId);
        if (c.remindCustomer(REMINDER, SYSTEM, clock.now())) {
            reminded.fire(new CustomerReminded(c.getId(), c.getNumber().value()));
        }
    }

    /** The customer stayed silent after the reminder: close the case and say why. Idempotent. */
    public void autoClose(long caseId) {
        var c = caseById(caseId);
        var before = trail.snapshot(c);
        if (c.closeForLackOfAnswer(SYSTEM, clock.now())) {
            consultations.caseClosed(c, SYSTEM);
            deadlines.closed(c);
            trail.changed("AUTO_CLOSED", before, c, SYSTEM);
        }
    }

    /**
     * Process jobs lock the case row before anything else they touch (its deadlines, timeline),
     * the same order as the SLA jobs: jobs of one case that fall due together then wait for each
     * other instead of deadlocking.
     */
    private Case caseById(long caseId) {
        var c = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return c;
    }
}
