package se.ingang.web.login;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The login form's anti-forgery token (login CSRF, issue 16 item 12): a random value kept in the
 * session that shows the login page and written into its form. Another site can post a form to
 * j_security_check, but cannot read the page, so its post lacks the value and logs nobody in
 * (otherwise it could log the victim into the attacker's account and watch what they enter).
 */
final class LoginToken {

    /** Name of the hidden field and of the session attribute. */
    static final String NAME = "ingang_login_token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private LoginToken() {
    }

    /** The session's token, made at its first login page; several open login tabs share it. */
    static String of(HttpSession session) {
        synchronized (session) {
            if (session.getAttribute(NAME) instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(NAME, token);
            return token;
        }
    }

    /** Whether the posted value is the token of this session (none without a session). */
    static boolean matches(HttpSession session, String posted) {
        if (session == null || posted == null || !(session.getAttribute(NAME) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.UTF_8));
    }
}
