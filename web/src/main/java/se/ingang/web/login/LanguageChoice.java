package se.ingang.web.login;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The language a person chose in this browser: on the login page (?lang=) or with the workspace
 * header's switch. Kept in a cookie, because the server's login redirects drop the query and
 * the choice has to reach the workspace after j_security_check. Only "sv" and "en" exist.
 */
public final class LanguageChoice {

    static final String COOKIE = "ingang-lang";

    private LanguageChoice() {
    }

    /** The choice made in this browser, if any (a cookie with any other value counts as none). */
    public static Optional<String> chosen(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (var cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && isKnown(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The first of Swedish and English in the browser's Accept-Language, if it names either. */
    public static Optional<String> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            String language = locales.nextElement().getLanguage();
            if (isKnown(language)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String code) {
        if (!isKnown(code)) {
            return;
        }
        var cookie = new Cookie(COOKIE, code);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        response.addCookie(cookie);
    }

    public static boolean isKnown(String code) {
        return "sv".equals(code) || "en".equals(code);
    }
}
