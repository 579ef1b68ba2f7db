package se.ingang.publicform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import se.ingang.publicform.entity.FormSubmission;

/** Counts accepted posts per sender key in the database, so every node sees the same counts. */
@ApplicationScoped
public class SubmissionLog {

    @PersistenceContext
    EntityManager em;

    public long postsSince(String senderKey, Instant since) {
        return em.createNamedQuery(FormSubmission.COUNT_SINCE, Long.class)
                .setParameter("key", senderKey).setParameter("since", since).getSingleResult();
    }

    public void record(String senderKey, Instant now) {
        em.persist(new FormSubmission(senderKey, now));
    }

    /** Old posts count for nothing; forget them now and then so the table stays small. */
    public void forgetOlderThan(Duration window, Instant now) {
        em.createNamedQuery(FormSubmission.DELETE_BEFORE).setParameter("before", now.minus(window.multipliedBy(2)))
                .executeUpdate();
    }
}
