package se.ingang.api.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.organisation.entity.StaffRole;

/**
 * The telephone system's machine account (role INTEGRATION and no staff role) reaches the call
 * feed and nothing else: every other API path and every staff page answers 403, not the empty
 * list or page that the per-object rules alone would give it (it sees no case, so lists were
 * empty) — a clear refusal tells an operator the account is misused, and nothing added later
 * is open to it by accident. The resources' own checks (CaseAccess) stay as they are.
 */
@WebFilter(urlPatterns = "/*")
public class MachineAccountFence extends HttpFilter {

    /** What the account is for (README "Logging in", the telephone system's account). */
    static final Set<String> CALL_FEED = Set.of("/api/calls/imports", "/api/calls/events");

    @Inject
    CaseAccess access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !request.isUserInRole(StaffRole.INTEGRATION.name())
                || mayUse(request) || access.who(request.getUserPrincipal().getName()).isStaff()) {
            chain.doFilter(request, response);
            return;
        }
        if (path(request).startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"urn:ingang:problem:access-denied\",\"title\":\"Forbidden\","
                    + "\"status\":403,\"detail\":\"The telephone system's account may only report calls.\"}");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean mayUse(HttpServletRequest request) {
        String path = path(request);
        return ("POST".equals(request.getMethod()) && CALL_FEED.contains(path))
                || path.equals("/logout") || path.startsWith("/jakarta.faces.resource/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
