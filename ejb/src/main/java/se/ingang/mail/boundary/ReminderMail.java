package se.ingang.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.boundary.CustomerReminded;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.TimelineEntry;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.mail.control.ReminderText;
import se.ingang.mail.control.ReplyLanguage;
import se.ingang.mail.entity.FailingAddress;
import se.ingang.mail.entity.MailKind;

/**
 * The reminder to a customer we wait for goes to them by e-mail, whatever channel the case
 * came in by, quoting our question, in the language they wrote in; tagged and threaded, so
 * their answer continues the case. Not to an address that bounces, nor after erasure.
 */
@ApplicationScoped
public class ReminderMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    void onReminded(@Observes CustomerReminded reminded) {
        var c = em.find(Case.class, reminded.caseId());
        String to = c == null || c.getCustomer() == null ? null : c.getCustomer().getEmail();
        if (to == null || em.find(FailingAddress.class, to) != null) {
            return;
        }
        var text = ReminderText.of(ReplyLanguage.of(c), reminded.caseNumber(),
                c.getSubject(), ourQuestion(c));
        outbox.queue(c, MailKind.REMINDER, to, text.subject(), text.body());
    }

    /** The last message we sent that was not itself a reminder: the question being waited on. */
    private static String ourQuestion(Case c) {
        var timeline = c.getTimeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry e = timeline.get(i);
            if (e.getKind() == TimelineEntryKind.OUTBOUND_MESSAGE && !"reminder".equals(e.getDetail())) {
                return e.getBody();
            }
        }
        return null;
    }
}
