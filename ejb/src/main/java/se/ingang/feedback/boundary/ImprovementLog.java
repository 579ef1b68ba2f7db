package se.ingang.feedback.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.entity.CaseType;
import se.ingang.feedback.entity.ImprovementItem;
import se.ingang.feedback.entity.ImprovementStatus;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * The improvement log. Only feedback cases (synpunkter) and cases whose survey scored
 * low (1–2) can be logged: that is what the evaluation step of the case process is for.
 */
@Stateless
public class ImprovementLog {

    public static final int LOW_SCORE = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Cases cases;

    @Inject
    Surveys surveys;

    @Inject
    CaseAccess access;

    public ImprovementItem log(String caseNumber, String cause, String action, String owner, LocalDate due, String actor) {
        var c = cases.find(caseNumber);
        boolean feedback = c.getType() == CaseType.FEEDBACK;
        boolean lowScore = surveys.forCase(c.getId())
                .map(s -> s.getScore() != null && s.getScore() <= LOW_SCORE).orElse(false);
        if (!feedback && !lowScore) {
            throw new InvalidInputException("caseNumber",
                    "only feedback cases and cases with a survey score of " + LOW_SCORE + " or lower go in the improvement log");
        }
        if (due.isBefore(clock.localNow().toLocalDate())) {
            throw new InvalidInputException("dueDate", "the due date has passed");
        }
        var item = new ImprovementItem(c.getNumber().value(), cause, action, owner, due, actor, clock.now());
        em.persist(item);
        em.flush();
        return item;
    }

    /** Moves an item on; only for those who follow it up (its owner, who logged it, managers, administrators). */
    public ImprovementItem move(long id, ImprovementStatus status, long expectedVersion, String actor) {
        var item = em.find(ImprovementItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new NotFoundException("Improvement item", id);
        }
        access.checkImprovement(item.getOwner(), item.getCreatedBy(), actor);
        item.moveTo(status, expectedVersion, clock.now());
        em.flush(); // the caller answers with the new version
        return item;
    }

    /**
     * The items this member of staff follows up (AccessPolicy.mayFollowUpImprovement): all for
     * managers and administrators; for others, those they own (themselves or one of their queues)
     * or logged. Causes and actions quote customers' feedback, so the log is not open to all staff.
     */
    public List<ImprovementItem> list(ImprovementStatus status, String actor) {
        var who = access.who(actor);
        var where = new ArrayList<String>();
        if (status != null) {
            where.add("i.status = :status");
        }
        boolean all = AccessPolicy.readsEverything(who);
        if (!all) {
            where.add("(i.owner = :me OR i.createdBy = :me" + (who.queues().isEmpty() ? "" : " OR i.owner IN :queues") + ")");
        }
        var query = em.createQuery("SELECT i FROM ImprovementItem i" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (status == null ? " ORDER BY i.createdAt DESC, i.id DESC" : " ORDER BY i.dueDate, i.id"), ImprovementItem.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!all) {
            query.setParameter("me", who.username());
            if (!who.queues().isEmpty()) {
                query.setParameter("queues", who.queues());
            }
        }
        return query.setMaxResults(500).getResultList();
    }
}
