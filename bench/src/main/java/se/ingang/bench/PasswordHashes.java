package se.ingang.bench;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The stored form WildFly's JDBC realm reads (see configure.cli): SCRAM-SHA-256 salted password,
 * i.e. PBKDF2-HMAC-SHA-256 of the password, and its salt, both Base64, plus the iteration count.
 */
final class PasswordHashes {

    private PasswordHashes() {
    }

    /** {hash, salt, iterations}; the salt follows from the seed, so generated data stays reproducible. */
    static String[] scramSha256(String password, int iterations, long seed) {
        byte[] salt = new byte[16];
        new SplittableRandom(seed ^ 0x5eedL).nextBytes(salt);
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new String[]{Base64.getEncoder().encodeToString(hash), Base64.getEncoder().encodeToString(salt),
                    Integer.toString(iterations)};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

}
