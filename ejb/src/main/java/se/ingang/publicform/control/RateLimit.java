package se.ingang.publicform.control;

import java.util.Locale;
import se.ingang.platform.control.KeyedHash;

/**
 * The per-sender limit of the public form: at most so many accepted posts per window from
 * one e-mail address and from one client address. Senders are counted by a keyed hash of the
 * address (HMAC with the server's secret, platform.control.KeyedHash), so the count itself holds
 * no personal data and a copy of it cannot be reversed by hashing guessed addresses.
 */
public final class RateLimit {

    private RateLimit() {
    }

    public static boolean allows(long postsInWindow, int max) {
        return postsInWindow < max;
    }

    public static String emailKey(KeyedHash hash, String email) {
        return hash.of("email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    public static String addressKey(KeyedHash hash, String clientAddress) {
        return hash.of("address:" + (clientAddress == null ? "unknown" : clientAddress.strip()));
    }

    /** Replies on one status page count under the page's own key. */
    public static String linkKey(KeyedHash hash, String tokenHash) {
        return hash.of("status:" + tokenHash);
    }
}
