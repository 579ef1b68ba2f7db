package se.ingang.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import se.ingang.notifications.entity.Notification;
import se.ingang.platform.control.ApplicationClock;

/** Notifies staff in the database; the workspace shows them (and may mail them later). */
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

    public List<Notification> forCase(String caseNumber) {
        return em.createNamedQuery(Notification.FOR_CASE, Notification.class)
                .setParameter("caseNumber", caseNumber).getResultList();
    }
}
