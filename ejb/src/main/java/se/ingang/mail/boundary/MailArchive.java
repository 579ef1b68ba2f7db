package se.ingang.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.cases.entity.Case;
import se.ingang.mail.control.RawMailStore;
import se.ingang.mail.entity.FailingAddress;
import se.ingang.mail.entity.RawChunk;
import se.ingang.mail.entity.MailMessage;
import se.ingang.mail.entity.QuarantinedMail;
import se.ingang.platform.errors.NotFoundException;

/** Reads what the e-mail channel kept: a case's messages, the quarantine, failing addresses (files: attachments.boundary). */
@Stateless
public class MailArchive {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    RawMailStore rawStore;

    @jakarta.inject.Inject
    ReadTrail reads;

    public List<MailMessage> messagesOf(String caseNumber) {
        return em.createNamedQuery(MailMessage.FOR_CASE, MailMessage.class).setParameter("caseId", caseId(caseNumber)).getResultList();
    }

    /** One page of the quarantine, newest first: the held entries, or those of one status, or all (status null). */
    public QuarantinePage quarantine(QuarantinedMail.Status status, int offset, int limit) {
        var cb = em.getCriteriaBuilder();
        var q = cb.createQuery(QuarantinedMail.class);
        var root = q.from(QuarantinedMail.class);
        var count = cb.createQuery(Long.class);
        var countRoot = count.from(QuarantinedMail.class);
        if (status != null) {
            q.where(statusIs(cb, root, status));
            count.where(statusIs(cb, countRoot, status));
        }
        q.orderBy(cb.desc(root.get("receivedAt")), cb.desc(root.get("id")));
        count.select(cb.count(countRoot));
        var items = em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new QuarantinePage(items, em.createQuery(count).getSingleResult(), offset, limit);
    }

    private static jakarta.persistence.criteria.Predicate statusIs(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                                    jakarta.persistence.criteria.Root<QuarantinedMail> q,
                                                                    QuarantinedMail.Status status) {
        return switch (status) {
            case HELD -> cb.isFalse(q.get("released"));
            case RESOLVED -> cb.and(cb.isTrue(q.get("released")), cb.isNull(q.get("dismissedAt")));
            case DISMISSED -> cb.isNotNull(q.get("dismissedAt"));
        };
    }

    /** The raw message of quarantined mail, read by a member of staff: recorded in the audit trail. */
    public byte[] readRaw(QuarantinedMail q, String actor, ReadChannel channel) {
        reads.rawMailRead(AuditLog.MAIL_QUARANTINE, q.getId(), actor, channel);
        return rawOf(q);
    }

    /** The raw message of noise mail, read by a member of staff: recorded in the audit trail. */
    public byte[] readRaw(MailMessage m, String actor, ReadChannel channel) {
        reads.rawMailRead(AuditLog.MAIL_MESSAGE, m.getId(), actor, channel);
        return rawOf(m);
    }

    /**
     * The noise log: received auto-replies, bulk mail and bounces, newest first, by kind, by words
     * in the sender or subject (as plain text: never a pattern) and by the day range they came in.
     */
    public NoisePage noise(NoiseQuery query, int offset, int limit) {
        var cb = em.getCriteriaBuilder();
        var q = cb.createQuery(MailMessage.class);
        var root = q.from(MailMessage.class);
        q.where(noiseWhere(cb, root, query)).orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
        var count = cb.createQuery(Long.class);
        var countRoot = count.from(MailMessage.class);
        count.select(cb.count(countRoot)).where(noiseWhere(cb, countRoot, query));
        var items = em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new NoisePage(items, em.createQuery(count).getSingleResult(), offset, limit);
    }

    /** One received noise message (404 for any other message: the noise log is no way into cases' mail). */
    public MailMessage noiseMessage(long id) {
        var m = em.find(MailMessage.class, id);
        if (m == null || m.getDirection() != MailMessage.Direction.IN || !m.getKind().isNoise()) {
            throw new NotFoundException("Noise mail", id);
        }
        return m;
    }

    private static jakarta.persistence.criteria.Predicate[] noiseWhere(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                                        jakarta.persistence.criteria.Root<MailMessage> m,
                                                                        NoiseQuery query) {
        var where = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
        where.add(cb.equal(m.get("direction"), MailMessage.Direction.IN));
        where.add(query.kind() != null ? cb.equal(m.get("kind"), query.kind())
                : m.get("kind").in(se.ingang.mail.entity.MailKind.AUTO_REPLY, se.ingang.mail.entity.MailKind.BULK,
                se.ingang.mail.entity.MailKind.BOUNCE));
        if (query.sender() != null) {
            where.add(cb.like(cb.lower(m.get("sender")), contains(query.sender()), '!'));
        }
        if (query.subject() != null) {
            where.add(cb.like(cb.lower(m.get("subject")), contains(query.subject()), '!'));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(m.get("createdAt"), query.from()));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(m.get("createdAt"), query.until()));
        }
        return where.toArray(jakarta.persistence.criteria.Predicate[]::new);
    }

    /**
     * A LIKE pattern that finds the words as typed: %, _ and the escape character match themselves
     * ('!' escapes, not a backslash, which MariaDB would read inside the literal).
     */
    static String contains(String words) {
        String escaped = words.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public QuarantinedMail quarantined(long id) {
        var q = em.find(QuarantinedMail.class, id);
        if (q == null) {
            throw new NotFoundException("Quarantined mail", id);
        }
        return q;
    }

    /** The raw message, from its row or its chunks (large messages); null when erased or not yet sent. */
    public byte[] rawOf(MailMessage m) {
        return m.getRawChunks() > 0 ? rawStore.read(RawChunk.Owner.MESSAGE, m.getId()) : m.getRaw();
    }

    public byte[] rawOf(QuarantinedMail q) {
        return q.getRawChunks() > 0 ? rawStore.read(RawChunk.Owner.QUARANTINE, q.getId()) : q.getRaw();
    }

    /** The number of the case an entry or message became, for the lists (null: none). */
    public String caseNumber(Long caseId) {
        if (caseId == null) {
            return null;
        }
        var c = em.find(Case.class, caseId);
        return c == null ? null : c.getNumber().value();
    }

    public boolean isFailing(String address) {
        return address != null && em.find(FailingAddress.class, address.trim().toLowerCase(java.util.Locale.ROOT)) != null;
    }

    public long messagesWithKey(String key) {
        return em.createNamedQuery(MailMessage.BY_KEY, MailMessage.class).setParameter("key", key).getResultList().size();
    }

    private long caseId(String number) {
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Case", number)).getId();
    }
}
