package se.ingang.api.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import se.ingang.platform.errors.AccessDeniedException;

/**
 * Cross-site request forgery: a logged-in browser sends its session cookie (and any Basic
 * credentials it remembers) with requests that another site starts, so every request that
 * changes something must carry the header {@value #HEADER}. Another site's form cannot set
 * a header, and its scripts may not without a CORS permission that this API never gives.
 * API clients send it with every call (any value, e.g. their name). Safe methods and the
 * public endpoints (no credentials, nothing to forge) need none.
 */
@Provider
@PreMatching
public class CsrfProtection implements ContainerRequestFilter {

    public static final String HEADER = "X-Requested-By";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || isPublic(request.getUriInfo().getPath())) {
            return;
        }
        String header = request.getHeaderString(HEADER);
        if (header == null || header.isBlank()) {
            throw new AccessDeniedException("A request that changes data must carry the header " + HEADER
                    + " (protection against cross-site request forgery).");
        }
    }

    static boolean isPublic(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("public") || p.startsWith("public/");
    }
}
