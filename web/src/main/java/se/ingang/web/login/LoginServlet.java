package se.ingang.web.login;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The login page of the FORM login (web.xml): a plain form that posts to j_security_check,
 * where the server's realm checks the password. No script, so it works everywhere and a
 * strict Content-Security-Policy holds. Swedish by default, English with ?lang=en (kept in
 * a cookie, because the server's redirects drop the query). ?error=true is the failed
 * attempt, ?loggedOut=true the page after logging out; the login guard sends ?wait=N (seconds to
 * wait after failed logins) and ?refused=true (a post without the page's token). The form carries
 * the session's {@link LoginToken}.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String forwardedFrom = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom != null) {
            answerForwardedChallenge(request, response, forwardedFrom);
            return;
        }
        boolean english = english(request, response);
        if (request.getUserPrincipal() != null && request.getParameter("error") == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        var texts = texts(english);
        boolean failed = "true".equals(request.getParameter("error"));
        boolean loggedOut = "true".equals(request.getParameter("loggedOut"));
        var notice = failed ? LoginPage.Notice.failed() : loggedOut ? LoginPage.Notice.loggedOut()
                : "true".equals(request.getParameter("refused")) ? LoginPage.Notice.refused()
                : waitSeconds(request.getParameter("wait")) > 0 ? LoginPage.Notice.waiting(waitSeconds(request.getParameter("wait")))
                : LoginPage.Notice.none();
        String action = request.getContextPath() + "/j_security_check";
        String token = LoginToken.of(request.getSession(true));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(LoginPage.render(texts, english, action, token, notice));
    }

    /**
     * The server shows the login page by forwarding to it from the page asked for (or from
     * j_security_check after a failed attempt). Browsers are sent here with a redirect, so the
     * address bar says where they are and a reload does not post the password again; the server
     * keeps the page first asked for and returns there after the login. An API call with wrong
     * Basic credentials ends up here too: it gets the API's 401, not a page.
     */
    private static void answerForwardedChallenge(HttpServletRequest request, HttpServletResponse response, String from)
            throws IOException {
        String context = request.getContextPath();
        if (from.startsWith(context + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Ingang\", charset=\"UTF-8\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Wrong username or password.\"}");
            return;
        }
        boolean failed = "true".equals(request.getParameter("error"));
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(context + "/login" + (failed ? "?error=true" : ""));
    }

    /** ?wait=N from the login guard: seconds to wait after failed logins (a small number, else none). */
    private static int waitSeconds(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,4}")) {
            return 0;
        }
        return Integer.parseInt(parameter);
    }

    /** j_security_check answers the form; a post here (e.g. after the session expired) shows it again. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    static ResourceBundle texts(boolean english) {
        // Swedish is the base bundle; ROOT keeps the JVM's default locale out of it.
        return ResourceBundle.getBundle("se.ingang.web.login.messages", english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** ?lang= is a choice (kept for the workspace); otherwise the earlier choice, the browser's, or Swedish. */
    private static boolean english(HttpServletRequest request, HttpServletResponse response) {
        String chosen = request.getParameter("lang");
        if (LanguageChoice.isKnown(chosen)) {
            LanguageChoice.remember(request, response, chosen);
            return "en".equals(chosen);
        }
        return "en".equals(LanguageChoice.chosen(request).or(() -> LanguageChoice.fromBrowser(request)).orElse("sv"));
    }
}
