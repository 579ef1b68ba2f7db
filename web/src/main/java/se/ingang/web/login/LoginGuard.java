package se.ingang.web.login;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import se.ingang.login.boundary.LoginAttempts;

/**
 * Stands before the server's authentication (an outer Undertow handler, {@link LoginGuardExtension}):
 * a servlet filter would run after j_security_check and HTTP Basic have checked the password.
 * For every login attempt — a POST to j_security_check, a request with Basic credentials — it
 * refuses, unchecked, a form post without the login page's token ({@link LoginToken}) and an attempt
 * whose source must still wait ({@link LoginAttempts}): the form goes back to the login page with
 * the reason, an API client gets 429 with Retry-After. Otherwise the server checks the password
 * as before, and the outcome, read from the exchange when it ends, is told to LoginAttempts.
 */
final class LoginGuard implements HttpHandler {

    private static final String FORM_ACTION = "/j_security_check";

    private final HttpHandler next;
    private volatile ClientAddress addresses;
    private volatile LoginAttempts attempts;

    LoginGuard(HttpHandler next) {
        this.next = next;
    }

    /**
     * The account under which failed API-token attempts are counted: a secret names no account
     * (it is looked up by its hash), so they count per address, under a name no user can have.
     */
    static final String API_TOKEN_ACCOUNT = "(api token)";

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (isBearer(exchange)) {
            guardBearer(exchange);
            return;
        }
        String basicUser = basicUsername(exchange);
        boolean form = basicUser == null && Methods.POST.equals(exchange.getRequestMethod())
                && exchange.getRequestPath().endsWith(FORM_ACTION);
        if (basicUser == null && !form) {
            next.handleRequest(exchange);
            return;
        }
        var context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        var request = (HttpServletRequest) context.getServletRequest();
        var response = (HttpServletResponse) context.getServletResponse();
        String account = form ? nullToEmpty(request.getParameter("j_username")) : basicUser;
        if (form && !LoginToken.matches(request.getSession(false), request.getParameter(LoginToken.NAME))) {
            backToLoginPage(request, response, "refused=true");
            return;
        }
        String address = addresses().of(exchange);
        var attempts = attempts();
        Duration wait = attempts.waitBefore(address, account);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            if (form) {
                backToLoginPage(request, response, "wait=" + seconds);
            } else {
                tooManyRequests(response, seconds);
            }
            return;
        }
        exchange.addExchangeCompleteListener((ended, nextListener) -> {
            try {
                tell(attempts, ended, address, account);
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    /**
     * An API token (api.security.BearerAuthentication checks it, after this handler): refused
     * unchecked while the source must wait; a 401 afterwards is a failed attempt of the source.
     * Tokens are 256 random bits, so this only keeps a guesser from loading the server.
     */
    private void guardBearer(HttpServerExchange exchange) throws Exception {
        String address = addresses().of(exchange);
        var attempts = attempts();
        Duration wait = attempts.waitBefore(address, API_TOKEN_ACCOUNT);
        if (!wait.isZero()) {
            var context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            tooManyRequests((HttpServletResponse) context.getServletResponse(),
                    Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0)));
            return;
        }
        exchange.addExchangeCompleteListener((ended, nextListener) -> {
            try {
                if (ended.getStatusCode() == HttpServletResponse.SC_UNAUTHORIZED) {
                    attempts.failed(address, API_TOKEN_ACCOUNT);
                }
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private static boolean isBearer(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * Success is an exchange the server authenticated as the account tried; a login as someone else
     * (a session already logged in) clears nothing, so one's own account cannot reset another's count.
     */
    private static void tell(LoginAttempts attempts, HttpServerExchange exchange, String address, String account) {
        var security = exchange.getSecurityContext();
        if (security != null && security.isAuthenticated() && security.getAuthenticatedAccount() != null) {
            String who = security.getAuthenticatedAccount().getPrincipal().getName();
            if (who.toLowerCase(Locale.ROOT).equals(account.toLowerCase(Locale.ROOT))) {
                attempts.succeeded(address, account);
            }
            return;
        }
        attempts.failed(address, account);
    }

    /** Read at the first attempt, inside the deployment (its configuration and beans are there only then). */
    private ClientAddress addresses() {
        if (addresses == null) {
            addresses = ClientAddress.configured();
        }
        return addresses;
    }

    private LoginAttempts attempts() {
        if (attempts == null) {
            attempts = CDI.current().select(LoginAttempts.class).get();
        }
        return attempts;
    }

    /** The username of Basic credentials, as the server's BASIC mechanism reads them; null without (or unreadable). */
    static String basicUsername(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** A redirect (a path, as everywhere: hardening.RelativeRedirects), so a reload does not post the password again. */
    private static void backToLoginPage(HttpServletRequest request, HttpServletResponse response, String query) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/login?" + query);
        response.setHeader("Cache-Control", "no-store");
    }

    private static void tooManyRequests(HttpServletResponse response, long seconds) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed logins from this address; try again in " + seconds + " seconds.\"}");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
