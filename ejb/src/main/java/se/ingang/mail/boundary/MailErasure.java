package se.ingang.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.privacy.boundary.CasePersonalDataErased;

/**
 * GDPR erasure reaches the mail kept for a case: raw messages, texts and addresses go
 * (attachments: attachments.boundary.AttachmentErasure), and so does the quarantined copy of mail that became the case;
 * what was sent or received and when stays (Message-IDs keep threading).
 */
@ApplicationScoped
public class MailErasure {

    @PersistenceContext
    EntityManager em;

    void onErased(@Observes CasePersonalDataErased erased) {
        em.createQuery("UPDATE MailMessage m SET m.raw = NULL, m.body = NULL, m.htmlBody = NULL, m.subject = NULL,"
                + " m.sender = NULL, m.fromHeader = NULL, m.recipient = NULL, m.lastError = NULL WHERE m.caseId = :caseId")
                .setParameter("caseId", erased.caseId()).executeUpdate();
        // Chunked raw messages (large ones) go with the row's raw bytes.
        em.createQuery("DELETE FROM RawChunk r WHERE r.owner = :owner AND r.ownerId IN"
                + " (SELECT m.id FROM MailMessage m WHERE m.caseId = :caseId)")
                .setParameter("owner", se.ingang.mail.entity.RawChunk.Owner.MESSAGE).setParameter("caseId", erased.caseId()).executeUpdate();
        em.createQuery("UPDATE MailMessage m SET m.rawChunks = 0 WHERE m.caseId = :caseId").setParameter("caseId", erased.caseId()).executeUpdate();
        // Quarantined mail that became this case (retried or made a case of) keeps its raw copy too: it goes the same way.
        em.createQuery("DELETE FROM RawChunk r WHERE r.owner = :owner AND r.ownerId IN"
                + " (SELECT q.id FROM QuarantinedMail q WHERE q.caseId = :caseId)")
                .setParameter("owner", se.ingang.mail.entity.RawChunk.Owner.QUARANTINE).setParameter("caseId", erased.caseId()).executeUpdate();
        em.createQuery("UPDATE QuarantinedMail q SET q.raw = NULL, q.rawChunks = 0, q.sender = NULL, q.subject = NULL"
                + " WHERE q.caseId = :caseId").setParameter("caseId", erased.caseId()).executeUpdate();
        em.createQuery("DELETE FROM FailingAddress f WHERE f.caseId = :caseId").setParameter("caseId", erased.caseId()).executeUpdate();
    }
}
