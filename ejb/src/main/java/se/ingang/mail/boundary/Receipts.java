package se.ingang.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import se.ingang.cases.entity.Case;
import se.ingang.mail.control.LanguageGuess;
import se.ingang.mail.control.MailSettings;
import se.ingang.mail.control.ParsedMail;
import se.ingang.mail.control.ReceiptText;
import se.ingang.mail.entity.FailingAddress;
import se.ingang.mail.entity.MailKind;
import se.ingang.mail.entity.MailMessage;
import se.ingang.mail.entity.Mailbox;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.sla.boundary.Deadlines;
import se.ingang.sla.entity.DeadlineKind;

/**
 * The automatic receipt for a case that started by e-mail: its number and when the customer
 * will have an answer (the first-response deadline), in their language. Never for noise
 * (the caller only asks for customer mail), never to our own mailboxes or a failing address,
 * and at most N per sender and hour, so a mail loop dies out.
 */
@Stateless
public class Receipts {

    private static final Logger LOG = Logger.getLogger(Receipts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    MailSettings settings;

    @Inject
    Deadlines deadlines;

    @Inject
    Outbox outbox;

    public boolean acknowledge(Case c, ParsedMail mail, MailMessage inbound) {
        String to = mail.fromAddress();
        if (isOurs(to) || em.find(FailingAddress.class, to) != null) {
            return false;
        }
        var now = clock.now();
        long recent = em.createNamedQuery(MailMessage.RECEIPTS_SINCE, Long.class)
                .setParameter("kind", MailKind.RECEIPT).setParameter("recipient", to)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= settings.receiptsPerHour()) {
            LOG.info(() -> "no receipt to " + to + ": " + recent + " in the last hour");
            return false;
        }
        Instant respondBy = deadlines.forCase(c.getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.FIRST_RESPONSE && d.getMetAt() == null && d.getCancelledAt() == null)
                .map(se.ingang.sla.entity.Deadline::getDueAt).findFirst().orElse(null);
        var locale = LanguageGuess.of(mail.contentLanguage(), mail.subject(), mail.text());
        var text = ReceiptText.of(locale, c.getNumber().value(), c.getSubject(), respondBy);
        outbox.queue(c, MailKind.RECEIPT, to, text.subject(), text.body());
        return true;
    }

    private boolean isOurs(String address) {
        return address.equalsIgnoreCase(settings.from())
                || !em.createNamedQuery(Mailbox.BY_ADDRESS, Mailbox.class).setParameter("address", address).getResultList().isEmpty();
    }
}
