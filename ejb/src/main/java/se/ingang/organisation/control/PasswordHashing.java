package se.ingang.organisation.control;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import se.ingang.organisation.entity.PasswordHash;
import se.ingang.platform.errors.InvalidInputException;

/**
 * Hashes staff passwords the way WildFly Elytron's JDBC realm verifies them with its
 * scram-mapper (algorithm scram-sha-256): the SCRAM "salted password", which is
 * PBKDF2-HMAC-SHA-256 over the UTF-8 password with a random salt. The JDK computes it, so the
 * application needs no security library of its own, and the server checks a login without
 * the application. The iteration count is stored with each hash.
 */
public final class PasswordHashing {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    static final int SALT_BYTES = 16;
    static final int HASH_BITS = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static PasswordHash hash(String password, int iterations) {
        checkStrength(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(base64(derive(password, salt, iterations)), base64(salt), iterations);
    }

    /** What the realm does at login; here for tests and for checks inside the application. */
    public static boolean matches(String password, PasswordHash stored) {
        if (password == null || stored == null) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(stored.salt());
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        return java.security.MessageDigest.isEqual(expected, derive(password, salt, stored.iterations()));
    }

    static void checkStrength(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("password", "no control characters");
        }
        if (!password.equals(Normalizer.normalize(password, Normalizer.Form.NFKC))) {
            // SCRAM normalises passwords (SASLprep, NFKC) before hashing; a password that
            // normalisation changes would hash differently here and in the realm.
            throw new InvalidInputException("password", "use composed characters (e.g. å, not a + ring)");
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
