package se.ingang.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Tokens of the private links we mail to customers (status page, survey): 256 random bits,
 * URL-safe. The database keeps only their SHA-256, so a copy of it (a backup, a report)
 * opens nothing. Unkeyed on purpose: the input is a random secret, not guessable personal
 * data, so there is nothing to try hashes against (unlike {@link KeyedHash}'s keys).
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A token could have come from newToken(); anything else is refused before any lookup. */
    public static boolean hasTokenShape(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Hex SHA-256, 64 characters, as the token_hash columns hold (MariaDB's SHA2(token, 256) gives the same). */
    public static String hash(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
