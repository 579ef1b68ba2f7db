package se.ingang.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.ingang.cases.entity.Case;
import se.ingang.registry.entity.LegalHold;
import se.ingang.registry.entity.Registration;

/**
 * Whether a case must be kept as it is: registered as a formal matter (an official record,
 * kept under the archive rules) or under a legal hold. Retention skips such cases and the
 * erasure of a person with one is refused.
 */
@Stateless
public class Preservation {

    /** JPQL condition for "case c may be anonymised" (retention uses it in its query). */
    public static final String NOT_PRESERVED = "NOT EXISTS (SELECT r FROM Registration r WHERE r.serviceCase = c)"
            + " AND NOT EXISTS (SELECT h FROM LegalHold h WHERE h.serviceCase = c)";

    @PersistenceContext
    EntityManager em;

    /** Why the case must be kept, or empty when nothing keeps it. */
    public Optional<String> reasonToKeep(Case c) {
        var registration = em.createNamedQuery(Registration.OF_CASE, Registration.class)
                .setParameter("caseId", c.getId()).getResultStream().findFirst();
        if (registration.isPresent()) {
            return Optional.of("case " + c.getNumber() + " is registered as " + registration.get().getRegistryNumber()
                    + " (an official record, kept under the archive rules)");
        }
        var hold = em.createNamedQuery(LegalHold.OF_CASE, LegalHold.class)
                .setParameter("caseId", c.getId()).getResultStream().findFirst();
        return hold.map(h -> "case " + c.getNumber() + " is under a legal hold: " + h.getReason());
    }
}
