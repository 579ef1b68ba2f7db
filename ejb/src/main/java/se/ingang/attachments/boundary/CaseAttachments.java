package se.ingang.attachments.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ingang.attachments.entity.CaseAttachment;
import se.ingang.cases.entity.Case;
import se.ingang.platform.errors.NotFoundException;

/** The files of a case, whichever channel brought them: the list, and one file with its bytes. */
@Stateless
public class CaseAttachments {

    @PersistenceContext
    EntityManager em;

    /** Kept in the caller's transaction, with the case change it belongs to. */
    public void keep(CaseAttachment attachment) {
        em.persist(attachment);
    }

    public List<CaseAttachment> of(String caseNumber) {
        return ofCase(caseId(caseNumber));
    }

    public List<CaseAttachment> ofCase(long caseId) {
        return em.createNamedQuery(CaseAttachment.FIND_BY_CASE, CaseAttachment.class).setParameter("caseId", caseId)
                .getResultList();
    }

    /** One file of the case, bytes loaded; another case's id is not found, so ids cannot be probed across cases. */
    public CaseAttachment download(String caseNumber, long id) {
        var a = em.find(CaseAttachment.class, id);
        if (a == null || a.getCaseId() != caseId(caseNumber) || a.getContent() == null) {
            throw new NotFoundException("Attachment", id);
        }
        return a;
    }

    private long caseId(String number) {
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Case", number)).getId();
    }
}
