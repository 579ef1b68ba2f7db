package se.ingang.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    public List<MailMessage> messagesOf(String caseNumber) {
        return em.createNamedQuery(MailMessage.FOR_CASE, MailMessage.class).setParameter("caseId", caseId(caseNumber)).getResultList();
    }

    public List<QuarantinedMail> quarantine() {
        return em.createNamedQuery(QuarantinedMail.HELD, QuarantinedMail.class).getResultList();
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
