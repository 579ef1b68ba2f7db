package se.ingang.cases.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.platform.control.ApplicationClock;

/**
 * Hands out case numbers from a per-year counter row, in a transaction of its own: the row lock
 * is held only for the upsert, not for the whole registration (which starts processes and
 * writes dozens of rows), so concurrent registrations do not queue behind each other. A
 * registration that rolls back leaves a gap; case numbers identify, they are not the register
 * (the registry's numbers, KT year/n, are gap-free).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    public CaseNumber next() {
        int year = clock.localNow().getYear();
        em.createNativeQuery("INSERT INTO case_number_counter (counter_year, last_value) VALUES (?1, LAST_INSERT_ID(1)) "
                        + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
                .setParameter(1, year)
                .executeUpdate();
        long sequence = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return CaseNumber.of(year, sequence);
    }
}
