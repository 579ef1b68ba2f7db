package se.ingang.registry.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The registry's counter rows, one per year. The next number is taken under a row lock
 * (SELECT … FOR UPDATE) held until the registering transaction ends: concurrent
 * registrations queue on the row, and a rolled-back registration gives its number back,
 * so the numbers of a year have no gaps.
 */
@Stateless
public class RegistryCounters {

    @PersistenceContext
    EntityManager em;

    /** Creates the year's row in a transaction of its own, so the first registrations of a year do not deadlock on it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureYear(int year) {
        // A plain read takes no lock: once the row exists (nearly always) nobody waits here.
        if (!em.createNativeQuery("SELECT 1 FROM registry_counter WHERE registry_year = ?1").setParameter(1, year)
                .getResultList().isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT IGNORE INTO registry_counter (registry_year, last_value) VALUES (?1, 0)")
                .setParameter(1, year).executeUpdate();
    }

    /** The next number of the year, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long next(int year) {
        long last = ((Number) em.createNativeQuery(
                        "SELECT last_value FROM registry_counter WHERE registry_year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult()).longValue();
        em.createNativeQuery("UPDATE registry_counter SET last_value = ?1 WHERE registry_year = ?2")
                .setParameter(1, last + 1).setParameter(2, year).executeUpdate();
        return last + 1;
    }
}
