package se.ingang.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.ReportFilter;
import se.ingang.reports.entity.ReportSubscription;

/** A manager subscribes to (or stops) their own weekly report mail. Callers check that they read everything. */
@Stateless
public class ReportSubscriptions {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    StaffDirectory staff;

    public Optional<ReportSubscription> of(String username) {
        return em.createNamedQuery(ReportSubscription.BY_USER, ReportSubscription.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** Creates or changes the subscription; without an address, the one in the staff directory. */
    public ReportSubscription subscribe(String username, String email, String language, ReportFilter filter) {
        String address = email != null && !email.isBlank() ? email.strip()
                : staff.findUser(username).map(u -> u.getEmail()).filter(e -> e != null && !e.isBlank())
                        .orElseThrow(() -> new InvalidInputException("email", "no e-mail address on file; give one"));
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "not an e-mail address");
        }
        var existing = of(username);
        var subscription = existing.orElseGet(() -> new ReportSubscription(username, clock.now()));
        subscription.change(address, language, filter);
        if (existing.isEmpty()) {
            em.persist(subscription); // an identity key: inserted at once, so only when complete
        }
        return subscription;
    }

    public boolean unsubscribe(String username) {
        var subscription = of(username);
        subscription.ifPresent(em::remove);
        return subscription.isPresent();
    }
}
