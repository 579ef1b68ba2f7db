package se.ingang.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API answers an unauthenticated call with 401 and a Basic challenge, as API clients
 * expect, not with the login page a security constraint would send (web.xml leaves /api to
 * this filter). The server authenticates every request before filters run (proactive
 * authentication): a valid Authorization header or a logged-in session sets the principal.
 * /api/public/* stays open to customers.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiAuthentication extends HttpFilter {

    static final String REALM = "Ingang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPublic(request) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Log in: send HTTP Basic credentials of a staff user.\"}");
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/public") || path.startsWith("/api/public/");
    }
}
