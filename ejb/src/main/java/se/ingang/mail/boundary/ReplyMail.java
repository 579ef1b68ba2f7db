package se.ingang.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.boundary.CaseReplied;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.Channel;
import se.ingang.mail.control.SubjectTag;
import se.ingang.mail.entity.MailKind;
import se.ingang.mail.entity.MailMessage;

/**
 * A staff answer on a case that came in through one of our mailboxes goes to the customer
 * by e-mail, tagged and threaded. Cases staff logged by hand (even with channel EMAIL)
 * have no mail thread to answer in, so nothing is sent for them.
 */
@ApplicationScoped
public class ReplyMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    void onReply(@Observes CaseReplied reply) {
        var c = em.find(Case.class, reply.caseId());
        if (c == null || c.getChannel() != Channel.EMAIL || c.getCustomer().getEmail() == null
                || reply.text() == null || reply.text().isBlank() || !cameByMail(c)) {
            return;
        }
        outbox.queue(c, MailKind.REPLY, c.getCustomer().getEmail(), SubjectTag.tagged(reply.caseNumber(), c.getSubject()),
                reply.text());
    }

    private boolean cameByMail(Case c) {
        return em.createQuery("SELECT COUNT(m) FROM MailMessage m WHERE m.caseId = :caseId AND m.direction = :in", Long.class)
                .setParameter("caseId", c.getId()).setParameter("in", MailMessage.Direction.IN).getSingleResult() > 0;
    }
}
