package se.ingang.api.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.ingang.audit.boundary.AuditActor;

/**
 * Tells the audit trail who makes each request (API or page), so services that take no actor
 * (configuration) still record who changed what. Runs after login, so the user is known.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditActorFilter extends HttpFilter {

    @Inject
    AuditActor actor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null) {
            actor.set(request.getRemoteUser());
        }
        chain.doFilter(request, response);
    }
}
