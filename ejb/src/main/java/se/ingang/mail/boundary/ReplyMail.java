package se.ingang.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.ingang.cases.boundary.CaseReplied;
import se.ingang.cases.boundary.FollowUpPromised;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.TimelineEntry;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.mail.control.ReplyLanguage;
import se.ingang.mail.control.ReplySettings;
import se.ingang.mail.control.ReplyText;
import se.ingang.mail.entity.MailKind;
import se.ingang.publicform.boundary.StatusLinks;

/**
 * Every answer from staff — a reply, a question, the reply that resolves, a promise of when
 * we get back — goes to the customer's address by e-mail, whatever channel the case came in by
 * (a web form, a call and a visit are answered in writing too). In the customer's language,
 * tagged, threaded, with a new private status link (stored only as its hash) and the group's
 * signature. A case without an address gets nothing here: Cases refuses replies and
 * questions to nobody, and a resolving reply given on the phone is only recorded.
 */
@ApplicationScoped
public class ReplyMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    StatusLinks statusLinks;

    @Inject
    ReplySettings settings;

    void onReply(@Observes CaseReplied reply) {
        if (reply.text() == null || reply.text().isBlank()) {
            return;
        }
        var purpose = switch (reply.kind()) {
            case REPLY -> ReplyText.Purpose.REPLY;
            case QUESTION -> ReplyText.Purpose.QUESTION;
            case RESOLVING_REPLY -> ReplyText.Purpose.RESOLVING_REPLY;
        };
        send(reply.caseId(), purpose, reply.text(), null);
    }

    void onPromise(@Observes FollowUpPromised promised) {
        send(promised.caseId(), ReplyText.Purpose.PROMISE, null, promised.due());
    }

    private void send(long caseId, ReplyText.Purpose purpose, String text, Instant due) {
        var c = em.find(Case.class, caseId);
        String to = c == null || c.getCustomer() == null ? null : c.getCustomer().getEmail();
        if (to == null) {
            return;
        }
        Locale locale = ReplyLanguage.of(c);
        var mail = ReplyText.of(locale, purpose, c.getNumber().value(), c.getSubject(), text, due, signature(c, locale),
                settings.quoteCustomerMessage() ? lastCustomerMessage(c) : null);
        outbox.queue(c, MailKind.REPLY, to, mail.subject(), mail.body(),
                List.of(new Outbox.Confidential(mail.statusLinkPlaceholder(), statusLinks.issue(c))));
    }

    /** The signature of the group that has the case now; null when it has none in this language. */
    private static String signature(Case c, Locale locale) {
        var queue = c.getQueue();
        return queue == null ? null : queue.signature(locale.getLanguage());
    }

    private static String lastCustomerMessage(Case c) {
        var timeline = c.getTimeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry e = timeline.get(i);
            if (e.getKind() == TimelineEntryKind.INBOUND_MESSAGE) {
                return e.getBody();
            }
        }
        return null;
    }
}
