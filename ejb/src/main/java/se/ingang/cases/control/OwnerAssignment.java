package se.ingang.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.control.OwnerChoice;
import se.ingang.organisation.entity.AssignmentPolicy;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.control.ApplicationClock;

/**
 * Gives a case that has just landed in a back-office group (routed or transferred) an owner,
 * by the group's policy ({@link OwnerChoice}). Candidates are the group's active members with
 * the handler role. The queue row is locked while choosing, so two cases landing at once do
 * not both take the same turn of the round robin. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OwnerAssignment {

    /** Who the timeline names as the actor of an automatic assignment. */
    public static final String ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    ApplicationClock clock;

    public void caseLanded(Case c) {
        if (!c.getQueue().isBackOffice() || c.getAssignee() != null
                || c.getQueue().getAssignmentPolicy() == AssignmentPolicy.MANUAL) {
            return;
        }
        Queue queue = em.find(Queue.class, c.getQueue().getId(), LockModeType.PESSIMISTIC_WRITE);
        var handlers = staff.activeMembersOf(queue).stream().filter(u -> u.hasRole(StaffRole.HANDLER)).toList();
        if (handlers.isEmpty()) {
            return;
        }
        var load = openCasesOf(handlers.stream().map(u -> u.getUsername()).toList());
        var candidates = handlers.stream()
                .map(u -> new OwnerChoice.Candidate(u.getUsername(), u.isPresent(), load.getOrDefault(u.getUsername(), 0L)))
                .toList();
        OwnerChoice.choose(queue.getAssignmentPolicy(), candidates, queue.getLastAssignee()).ifPresent(owner -> {
            c.assignTo(owner, ACTOR, clock.now());
            queue.assigned(owner);
        });
    }

    private HashMap<String, Long> openCasesOf(List<String> usernames) {
        var load = new HashMap<String, Long>();
        em.createQuery("SELECT c.assignee, COUNT(c) FROM ServiceCase c WHERE c.assignee IN :users"
                        + " AND c.status IN :open GROUP BY c.assignee", Object[].class)
                .setParameter("users", usernames)
                .setParameter("open", List.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CUSTOMER))
                .getResultList()
                .forEach(row -> load.put((String) row[0], (Long) row[1]));
        return load;
    }
}
