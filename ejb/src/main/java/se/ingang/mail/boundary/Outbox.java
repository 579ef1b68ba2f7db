package se.ingang.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import se.ingang.cases.entity.Case;
import se.ingang.mail.control.MailSettings;
import se.ingang.mail.entity.MailKind;
import se.ingang.mail.entity.MailMessage;
import se.ingang.mail.entity.Mailbox;
import se.ingang.platform.control.ApplicationClock;

/**
 * All mail about a case goes out through here (replies, questions, reminders, the e-mail
 * and web-form receipts, promise notices, surveys). {@link #queue} writes the message in the caller's
 * transaction with its own Message-ID, In-Reply-To the customer's last message (else our previous
 * mail of the case, for cases that did not come by mail) and References to the thread, and
 * the case tag in the subject; it is sent by SMTP only after that transaction commits, and
 * resent by the poller's sweep if sending failed.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final int MAX_REFERENCES = 20;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Ingang")
    Session mail;

    @Inject
    ApplicationClock clock;

    @Inject
    MailSettings settings;

    @Inject
    Event<OutboundQueued> queued;

    /**
     * A value that goes out in the mail but is never stored, such as a status link's secret
     * token: the stored text (and the stored raw message) hold {@code stored} in its place.
     * It lives in memory until the first send; a resend after a failure sends {@code stored}.
     */
    public record Confidential(String stored, String sent) {
    }

    public MailMessage queue(Case c, MailKind kind, String to, String subject, String text) {
        return queue(c, kind, to, subject, text, List.of());
    }

    public MailMessage queue(Case c, MailKind kind, String to, String subject, String text, List<Confidential> confidential) {
        var thread = em.createNamedQuery(MailMessage.FOR_CASE, MailMessage.class).setParameter("caseId", c.getId()).getResultList();
        String lastIn = null;
        String lastOut = null;
        var references = new ArrayList<String>();
        for (var m : thread) {
            if (m.getMessageId() != null) {
                references.add(m.getMessageId());
                if (m.getDirection() == MailMessage.Direction.IN) {
                    lastIn = m.getMessageId();
                } else {
                    lastOut = m.getMessageId();
                }
            }
        }
        // A case that never had mail from the customer (web form, phone, visit) threads on our previous mail.
        String inReplyTo = lastIn != null ? lastIn : lastOut;
        List<String> kept = references.size() > MAX_REFERENCES
                ? references.subList(references.size() - MAX_REFERENCES, references.size()) : references;
        String messageId = "<" + UUID.randomUUID() + "." + c.getNumber().value() + "@" + settings.messageIdDomain() + ">";
        var message = MailMessage.outbound(messageId, kind, c.getId(), to, subject, text, inReplyTo,
                kept.isEmpty() ? null : String.join(" ", kept), clock.now());
        em.persist(message);
        em.flush();
        queued.fire(new OutboundQueued(message.getId(), List.copyOf(confidential)));
        return message;
    }

    /** Sends one pending message; the row lock makes the after-commit send and the sweep never both send it. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendLater(long id, List<Confidential> confidential) {
        send(id, confidential);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id) {
        return send(id, List.of());
    }

    private boolean send(long id, List<Confidential> confidential) {
        var m = em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.getStatus() != MailMessage.Status.PENDING) {
            return false;
        }
        try {
            var mime = build(m, confidential);
            Transport.send(mime);
            var raw = new ByteArrayOutputStream();
            (confidential.isEmpty() ? mime : build(m, List.of())).writeTo(raw); // what is kept never holds the secret
            m.sent(raw.toByteArray(), clock.now());
            return true;
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warning(() -> "sending " + m.getMessageId() + " to " + m.getRecipient() + " failed: " + e);
            m.sendFailed(e.toString());
            return false;
        }
    }

    /** Messages still pending a while after they were queued: their first send failed or never ran. */
    public List<Long> overdue() {
        return em.createNamedQuery(MailMessage.PENDING, MailMessage.class)
                .setParameter("direction", MailMessage.Direction.OUT).setParameter("status", MailMessage.Status.PENDING)
                .setParameter("before", clock.now().minus(Duration.ofSeconds(30))).setMaxResults(50)
                .getResultStream().map(MailMessage::getId).toList();
    }

    private MimeMessage build(MailMessage m, List<Confidential> confidential) throws MessagingException {
        String messageId = m.getMessageId();
        var mime = new MimeMessage(mail) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // ours, stored, so answers thread back
            }
        };
        mime.setFrom(new InternetAddress(settings.from()));
        replyAddress(m).ifPresent(address -> {
            try {
                mime.setReplyTo(new InternetAddress[] {new InternetAddress(address)});
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient()));
        mime.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(Instant.now()));
        if (m.getInReplyTo() != null) {
            mime.setHeader("In-Reply-To", m.getInReplyTo());
        }
        if (m.getReferences() != null) {
            mime.setHeader("References", m.getReferences());
        }
        if (m.getKind() == MailKind.RECEIPT) {
            // RFC 3834: an automatic message, so well-behaved responders do not answer it.
            mime.setHeader("Auto-Submitted", "auto-replied");
            mime.setHeader("Precedence", "auto_reply");
        } else if (m.getKind() == MailKind.REMINDER || m.getKind() == MailKind.SURVEY) {
            mime.setHeader("Auto-Submitted", "auto-generated"); // no out-of-office answers to it
        }
        String body = m.getBody() == null ? "" : m.getBody();
        for (var value : confidential) {
            body = body.replace(value.stored(), value.sent());
        }
        mime.setText(body, StandardCharsets.UTF_8.name());
        mime.saveChanges();
        return mime;
    }

    /** Answers go to the mailbox the customer wrote to, which we read. */
    private java.util.Optional<String> replyAddress(MailMessage m) {
        return em.createNamedQuery(MailMessage.FOR_CASE, MailMessage.class).setParameter("caseId", m.getCaseId())
                .getResultStream().filter(x -> x.getMailboxId() != null).map(x -> em.find(Mailbox.class, x.getMailboxId()))
                .filter(java.util.Objects::nonNull).map(Mailbox::getAddress).findFirst();
    }
}
