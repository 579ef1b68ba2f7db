package se.ingang.api;

import jakarta.ws.rs.core.SecurityContext;

/** Who makes a request, as the timeline records it. */
public final class Caller {

    /** Authentication comes later; until then commands are recorded as made by "anonymous". */
    public static final String ANONYMOUS = "anonymous";

    private Caller() {
    }

    public static String name(SecurityContext security) {
        var principal = security == null ? null : security.getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? ANONYMOUS : principal.getName();
    }
}
