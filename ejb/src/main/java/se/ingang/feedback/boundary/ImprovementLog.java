package se.ingang.feedback.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
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

    public ImprovementItem move(long id, ImprovementStatus status, long expectedVersion) {
        var item = em.find(ImprovementItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new NotFoundException("Improvement item", id);
        }
        item.moveTo(status, expectedVersion, clock.now());
        em.flush(); // the caller answers with the new version
        return item;
    }

    public List<ImprovementItem> list(ImprovementStatus status) {
        var query = status == null
                ? em.createNamedQuery(ImprovementItem.FIND_ALL, ImprovementItem.class)
                : em.createNamedQuery(ImprovementItem.FIND_BY_STATUS, ImprovementItem.class).setParameter("status", status);
        return query.setMaxResults(500).getResultList();
    }
}
