package se.ingang.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import se.ingang.notifications.entity.Notification;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.NotFoundException;

/**
 * Notifies staff in the database; the workspace shows them (and may mail them later). A
 * person's notifications are those addressed to them and to the queues they are a member of
 * (their "addresses", access.boundary.CaseAccess#notificationAddressesOf); only they mark them read.
 */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    public void notify(String recipient, String kind, String caseNumber, String message) {
        em.persist(new Notification(recipient, kind, caseNumber, message, clock.now()));
    }

    public List<Notification> forRecipients(Collection<String> recipients) {
        return em.createNamedQuery(Notification.FOR_RECIPIENTS, Notification.class)
                .setParameter("recipients", recipients).setMaxResults(200).getResultList();
    }

    /** Everything said about one case, to anyone: for those who read everything. */
    public List<Notification> forCase(String caseNumber) {
        return em.createNamedQuery(Notification.FOR_CASE, Notification.class)
                .setParameter("caseNumber", caseNumber).getResultList();
    }

    /** What was said about one case to these recipients. */
    public List<Notification> forCase(String caseNumber, Collection<String> recipients) {
        return em.createNamedQuery(Notification.FOR_RECIPIENTS_ON_CASE, Notification.class)
                .setParameter("caseNumber", caseNumber).setParameter("recipients", recipients).getResultList();
    }

    public long unreadCount(Collection<String> addresses) {
        return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
                .setParameter("recipients", addresses).getSingleResult();
    }

    /**
     * Marks one notification read, if it is addressed to one of the caller's addresses; anyone
     * else's is "not found" (a manager may read a colleague's, but reading is not acknowledging).
     */
    public Notification markRead(long id, Collection<String> addresses) {
        var n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || !addresses.contains(n.getRecipient())) {
            throw new NotFoundException("Notification", id);
        }
        n.markRead(clock.now());
        return n;
    }

    /** Marks every unread notification of the caller's addresses read (of one case, when caseNumber is set). */
    public int markAllRead(Collection<String> addresses, String caseNumber) {
        var unread = em.createNamedQuery(Notification.UNREAD, Notification.class)
                .setParameter("recipients", addresses).setParameter("caseNumber", caseNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        var now = clock.now();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
