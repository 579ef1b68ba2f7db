package se.ingang.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.Priority;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.NotFoundException;

/**
 * The steps the case process performs on a case by itself: applying the routing decision
 * and closing a case when its reopen window has passed. Called from process delegates.
 */
@Stateless
public class CaseRouting {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Organisation organisation;

    public void applyRouting(long caseId, String group, Priority suggestedPriority) {
        var c = caseById(caseId);
        var queue = organisation.findQueue(group).orElseThrow(() -> new ActionNotAllowedException(
                "The routing table sends case " + c.getNumber() + " to group '" + group + "', which does not exist"));
        c.routeTo(queue, suggestedPriority, SYSTEM, clock.now());
    }

    /** Idempotent: a timer job may run twice, and staff may have closed the case already. */
    public void closeAfterReopenWindow(long caseId) {
        caseById(caseId).close(SYSTEM, clock.now());
    }

    private Case caseById(long caseId) {
        var c = em.find(Case.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return c;
    }
}
