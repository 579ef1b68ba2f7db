package se.ingang.api;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Who makes a request: the logged-in staff user (the principal's name, which is their
 * username), as the timeline records it and the access checks look it up.
 */
public final class Caller {

    /** Only where the API lets anonymous callers in (/api/public/*); every other call is authenticated. */
    public static final String ANONYMOUS = "anonymous";

    private Caller() {
    }

    public static String name(SecurityContext security) {
        var principal = security == null ? null : security.getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? ANONYMOUS : principal.getName();
    }
}
