package se.ingang.privacy.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.Customer;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.registry.boundary.Preservation;

/**
 * Closed cases lose their personal data after a number of months per case type
 * (ingang.retention-months, overridden per type by ingang.retention-months.TYPE, e.g.
 * INGANG_RETENTION_MONTHS_FEEDBACK). A person with no case left that still names them is
 * erased too. Registered cases and cases under a legal hold are kept (see Preservation).
 * Runs nightly; a dry run reports without changing anything.
 */
@Stateless
public class Retention {

    public static final String ACTOR = "retention";
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    PersonalData personalData;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        // Every node schedules the run; the one that takes the lock does it, the others skip the night.
        boolean mine = !em.createNativeQuery("SELECT name FROM job_lock WHERE name = 'retention' FOR UPDATE SKIP LOCKED")
                .getResultList().isEmpty();
        if (!mine) {
            LOG.info("Retention: another node is running it");
            return;
        }
        var report = run(false);
        LOG.info(() -> "Retention: " + report.anonymisedCases().size() + " cases anonymised, "
                + report.erasedCustomers() + " customers erased");
    }

    public RetentionReport run(boolean dryRun) {
        var now = clock.now();
        var months = new LinkedHashMap<String, Integer>();
        var anonymised = new ArrayList<String>();
        var customers = new java.util.HashSet<Customer>();
        for (var type : CaseType.values()) {
            int keep = monthsFor(type);
            months.put(type.name(), keep);
            var cutoff = now.atZone(ApplicationClock.ZONE).minusMonths(keep).toInstant();
            var due = em.createQuery("SELECT c FROM ServiceCase c WHERE c.type = :type AND c.status = :closed"
                            + " AND c.closedAt < :cutoff AND c.anonymisedAt IS NULL AND " + Preservation.NOT_PRESERVED
                            + " ORDER BY c.closedAt", Case.class)
                    .setParameter("type", type).setParameter("closed", CaseStatus.CLOSED).setParameter("cutoff", cutoff)
                    .setMaxResults(5000).getResultList();
            for (var c : due) {
                anonymised.add(c.getNumber().value());
                if (!dryRun) {
                    personalData.eraseCase(c, ACTOR, now);
                    customers.add(c.getCustomer());
                }
            }
        }
        int erased = 0;
        if (!dryRun) {
            em.flush();
            for (var customer : customers) {
                long stillNamed = em.createQuery("SELECT COUNT(c) FROM ServiceCase c WHERE c.customer = :customer"
                        + " AND c.anonymisedAt IS NULL", Long.class).setParameter("customer", customer).getSingleResult();
                if (stillNamed == 0 && customer.getErasedAt() == null) {
                    customer.erase(now);
                    erased++;
                }
            }
        }
        return new RetentionReport(now, dryRun, months, anonymised, erased);
    }

    private static int monthsFor(CaseType type) {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("ingang.retention-months." + type.name(), Integer.class)
                .orElseGet(() -> config.getOptionalValue("ingang.retention-months", Integer.class).orElse(36));
    }
}
