package se.ingang.cases.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import se.ingang.platform.errors.InvalidInputException;

/**
 * Idempotency keys of case registrations (table case_registration_key). The key row is claimed
 * before the case is made, with INSERT IGNORE: a concurrent request with the same key waits on
 * the row's unique index until the first one commits or rolls back, and then either finds the
 * committed case or claims the key itself. So however a client retries, one case per key.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegistrationKeys {

    public static final int MAX_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    /** True when this transaction now holds the key; false when it was used before (see {@link #earlier}). */
    public boolean claim(String caller, String key, Object request, Instant now) {
        check(key);
        String requestHash = hashOf(request);
        return em.createNativeQuery("INSERT IGNORE INTO case_registration_key (caller, idempotency_key, request_hash, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate() == 1;
    }

    public void registered(String caller, String key, long caseId) {
        em.createNativeQuery("UPDATE case_registration_key SET case_id = ?1 WHERE caller = ?2 AND idempotency_key = ?3")
                .setParameter(1, caseId).setParameter(2, caller).setParameter(3, key).executeUpdate();
    }

    /** The case registered earlier under this key; refused when the key came with a different contact. */
    public Optional<Long> earlier(String caller, String key, Object request) {
        String requestHash = hashOf(request);
        var rows = em.createNativeQuery("SELECT case_id, request_hash FROM case_registration_key WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[1])) {
            throw new InvalidInputException("Idempotency-Key", "was used before for a different request");
        }
        return Optional.ofNullable((Number) row[0]).map(Number::longValue);
    }

    /** SHA-256 of what the request asked for (a record: its text names every field), so a reused key with other content is noticed. */
    private String hashOf(Object request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void check(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw new InvalidInputException("Idempotency-Key", "1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }
}
