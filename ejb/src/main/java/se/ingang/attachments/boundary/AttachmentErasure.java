package se.ingang.attachments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.privacy.boundary.CasePersonalDataErased;

/** GDPR erasure (and retention) removes every file of the case, from every channel. */
@ApplicationScoped
public class AttachmentErasure {

    @PersistenceContext
    EntityManager em;

    void onErased(@Observes CasePersonalDataErased erased) {
        em.createQuery("DELETE FROM CaseAttachment a WHERE a.serviceCase.id = :caseId")
                .setParameter("caseId", erased.caseId()).executeUpdate();
    }
}
