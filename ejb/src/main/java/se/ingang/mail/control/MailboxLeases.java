package se.ingang.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Who polls which mailbox when several servers share the database. A node holds a mailbox
 * until its lease expires; it takes or renews the lease with one conditional UPDATE, which
 * the database serialises, so at most one node gets a row count of 1.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailboxLeases {

    @PersistenceContext
    EntityManager em;

    /** Takes the lease when it expired, or renews it when this node holds it; true when held until {@code until}. */
    public boolean tryAcquire(long mailboxId, String node, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE mailbox_lease SET node_id = ?1, expires_at = ?2"
                        + " WHERE mailbox_id = ?3 AND (expires_at < ?4 OR node_id = ?1)")
                .setParameter(1, node).setParameter(2, until).setParameter(3, mailboxId).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /** Lets go of every lease this node holds (shutdown), so another node takes over at once. */
    public void releaseAll(String node) {
        em.createNativeQuery("UPDATE mailbox_lease SET expires_at = ?1 WHERE node_id = ?2")
                .setParameter(1, Instant.EPOCH).setParameter(2, node).executeUpdate();
    }

    public String holder(long mailboxId, Instant now) {
        var rows = em.createNativeQuery("SELECT node_id FROM mailbox_lease WHERE mailbox_id = ?1 AND expires_at >= ?2")
                .setParameter(1, mailboxId).setParameter(2, now).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
