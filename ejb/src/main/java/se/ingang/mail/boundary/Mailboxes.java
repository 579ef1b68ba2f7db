package se.ingang.mail.boundary;

import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.ingang.mail.control.MailboxLeases;
import se.ingang.mail.entity.IntakeFailure;
import se.ingang.mail.entity.Mailbox;
import se.ingang.mail.entity.QuarantinedMail;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/** Mailbox administration and the record of each mailbox's reads (for the health check). */
@Stateless
public class Mailboxes {

    @PersistenceContext
    EntityManager em;

    /** Configuration changes go into the audit trail (who: the current request's user). */
    @Inject
    AuditLog audit;

    @Inject
    ApplicationClock clock;

    @Inject
    Organisation organisation;

    @Inject
    MailboxLeases leases;

    /** What the audit trail compares; secretName is the name of a variable, never the password. */
    private static Map<String, Object> fields(Mailbox m) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("name", m.getName());
        fields.put("address", m.getAddress());
        fields.put("host", m.getHost());
        fields.put("port", m.getPort());
        fields.put("security", m.getSecurity());
        fields.put("username", m.getUsername());
        fields.put("secretName", m.getSecretName());
        fields.put("folder", m.getFolder());
        fields.put("frontOffice", m.getFrontOffice());
        fields.put("pollSeconds", m.getPollSeconds());
        fields.put("enabled", m.isEnabled());
        return fields;
    }

    public Mailbox create(MailboxSettings s) {
        requireName(s.name());
        if (em.createNamedQuery(Mailbox.ALL, Mailbox.class).getResultStream().anyMatch(m -> m.getName().equals(s.name().trim()))) {
            throw new InvalidInputException("name", "a mailbox named '" + s.name() + "' exists already");
        }
        var mailbox = new Mailbox(s.name().trim(), Instant.now());
        apply(mailbox, s);
        em.persist(mailbox);
        em.flush();
        audit.record(AuditLog.MAILBOX, mailbox.getId(), "CREATED", Changes.between(Map.of(), fields(mailbox)));
        em.createNativeQuery("INSERT INTO mailbox_lease (mailbox_id, node_id, expires_at) VALUES (?1, NULL, ?2)")
                .setParameter(1, mailbox.getId()).setParameter(2, Instant.EPOCH).executeUpdate();
        return mailbox;
    }

    public Mailbox update(long id, long version, MailboxSettings s) {
        var mailbox = em.find(Mailbox.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mailbox == null) {
            throw new NotFoundException("Mailbox", String.valueOf(id));
        }
        if (mailbox.getVersion() != version) {
            throw new se.ingang.platform.errors.StaleVersionException("Mailbox " + id, version, mailbox.getVersion());
        }
        var before = fields(mailbox);
        apply(mailbox, s);
        audit.record(AuditLog.MAILBOX, id, "CHANGED", Changes.between(before, fields(mailbox)));
        return mailbox;
    }

    public List<Mailbox> list() {
        return em.createNamedQuery(Mailbox.ALL, Mailbox.class).getResultList();
    }

    public List<Mailbox> enabled() {
        return em.createNamedQuery(Mailbox.ENABLED, Mailbox.class).getResultList();
    }

    public Mailbox find(long id) {
        var mailbox = em.find(Mailbox.class, id);
        if (mailbox == null) {
            throw new NotFoundException("Mailbox", String.valueOf(id));
        }
        return mailbox;
    }

    /** Every mailbox and whether it is read as often as configured (wall-clock time, not the application clock). */
    public List<MailboxHealth> health() {
        var now = Instant.now();
        var failing = counts(IntakeFailure.COUNT_BY_MAILBOX);
        var quarantined = counts(QuarantinedMail.HELD_BY_MAILBOX);
        return list().stream().map(m -> {
            String holder = leases.holder(m.getId(), now);
            // A crashed node leaves its IDLE mark behind; without a live lease it means nothing.
            return new MailboxHealth(m.getId(), m.getName(), m.isEnabled(), m.getPollSeconds(), m.getLastAttemptAt(),
                    m.getLastSuccessAt(), m.getLastError(), m.isStale(now), holder, holder == null ? null : m.getIdleSince(),
                    failing.getOrDefault(m.getId(), 0L), quarantined.getOrDefault(m.getId(), 0L));
        }).toList();
    }

    private java.util.Map<Long, Long> counts(String query) {
        var counts = new java.util.HashMap<Long, Long>();
        for (Object[] row : em.createNamedQuery(query, Object[].class).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Read state is written with bulk updates, which leave the version alone: the poller
     * reading every second must not make an administrator's edit a conflict.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fetched(long id, Instant at) {
        em.createQuery("UPDATE Mailbox m SET m.lastAttemptAt = :at, m.lastSuccessAt = :at, m.lastError = NULL WHERE m.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, Instant at, String error) {
        String message = error == null ? "unknown error" : error.substring(0, Math.min(1000, error.length()));
        em.createQuery("UPDATE Mailbox m SET m.lastAttemptAt = :at, m.lastError = :error WHERE m.id = :id")
                .setParameter("at", at).setParameter("error", message).setParameter("id", id).executeUpdate();
    }

    /** Since when the mailbox is kept in IMAP IDLE (null: no longer); bulk, like the read state. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void idling(long id, Instant since) {
        em.createQuery("UPDATE Mailbox m SET m.idleSince = :since WHERE m.id = :id")
                .setParameter("since", since).setParameter("id", id).executeUpdate();
    }

    private void apply(Mailbox mailbox, MailboxSettings s) {
        require("host", s.host());
        require("username", s.username());
        require("frontOffice", s.frontOffice());
        var queue = organisation.findQueue(s.frontOffice())
                .orElseThrow(() -> new InvalidInputException("frontOffice", "unknown front-office profile '" + s.frontOffice() + "'"));
        if (queue.isBackOffice()) {
            throw new InvalidInputException("frontOffice", "'" + s.frontOffice() + "' is a back-office group, not a front-office profile");
        }
        mailbox.configure(s.address(), s.host().trim(), s.port(), s.security(), s.username().trim(), s.secretName(),
                s.folder(), s.frontOffice(), s.pollSeconds(), s.enabled());
    }

    private static void requireName(String name) {
        require("name", name);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
    }
}
