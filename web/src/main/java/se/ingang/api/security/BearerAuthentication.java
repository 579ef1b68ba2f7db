package se.ingang.api.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import se.ingang.access.boundary.CallerScope;
import se.ingang.apitokens.boundary.ApiTokens;
import se.ingang.organisation.entity.StaffRole;

/**
 * {@code Authorization: Bearer ingang_…} on the API: the request runs as the token's owner with
 * the token's roles only (README "API tokens"). One SHA-256 and one indexed lookup instead of
 * the PBKDF2 a password costs, so an integration may send it on every call.
 * <p>
 * Declared first in web.xml, so the filters after it (the machine account's fence, the audit
 * actor, the API's 401) and the resources see the owner as the request's user. Requests the
 * server has already authenticated (a session, HTTP Basic, an OpenID Connect bearer token
 * taken by elytron-oidc-client) pass unchanged. A token's request never gets a session:
 * each call stands alone, as an API client's should. A secret that does not authenticate is
 * 401 with {@code error="invalid_token"} and nothing about why; the login throttle
 * (web.login.LoginGuard) counts it against the source address.
 */
public class BearerAuthentication extends HttpFilter {

    static final String SCHEME = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String secret = bearer(request);
        if (secret == null || request.getUserPrincipal() != null || ApiAuthentication.isPublic(request)) {
            chain.doFilter(request, response);
            return;
        }
        var caller = tokens.authenticate(secret);
        if (caller.isEmpty()) {
            invalidToken(response);
            return;
        }
        try (var scope = CallerScope.open(caller.get().username(), caller.get().roles())) {
            chain.doFilter(new TokenRequest(request, caller.get()), response);
        }
    }

    /** The credentials of a Bearer header; null without one. */
    static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }

    private static void invalidToken(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + ApiAuthentication.REALM + "\", error=\"invalid_token\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"The API token is not valid.\"}");
    }

    private record Owner(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    /** The request as the owner of the token makes it, with the token's roles; it never opens a session. */
    static final class TokenRequest extends HttpServletRequestWrapper {

        private final ApiTokens.Caller caller;
        private final Principal owner;

        TokenRequest(HttpServletRequest request, ApiTokens.Caller caller) {
            super(request);
            this.caller = caller;
            this.owner = new Owner(caller.username());
        }

        @Override
        public Principal getUserPrincipal() {
            return owner;
        }

        @Override
        public String getRemoteUser() {
            return caller.username();
        }

        @Override
        public String getAuthType() {
            return "BEARER";
        }

        @Override
        public boolean isUserInRole(String role) {
            return Arrays.stream(StaffRole.values()).anyMatch(r -> r.name().equals(role) && caller.roles().contains(r));
        }

        @Override
        public HttpSession getSession() {
            return getSession(false);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return super.getSession(false);
        }
    }
}
