package se.ingang.publicform.control;

import java.util.Locale;

/**
 * The per-sender limit of the public form: at most so many accepted posts per window from
 * one e-mail address and from one client address. Senders are counted by a hash of the
 * address, so the count itself holds no personal data.
 */
public final class RateLimit {

    private RateLimit() {
    }

    public static boolean allows(long postsInWindow, int max) {
        return postsInWindow < max;
    }

    public static String emailKey(String email) {
        return StatusTokens.hash("email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    public static String addressKey(String clientAddress) {
        return StatusTokens.hash("address:" + (clientAddress == null ? "unknown" : clientAddress.strip()));
    }

    /** Replies on one status page count under the page's own key. */
    public static String linkKey(String tokenHash) {
        return StatusTokens.hash("status:" + tokenHash);
    }
}
