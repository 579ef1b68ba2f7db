package se.ingang.access.boundary;

import java.util.EnumSet;
import java.util.Set;
import se.ingang.organisation.entity.StaffRole;

/**
 * The most a request may do when it came with an API token: the token's roles, not all of its
 * owner's (README "API tokens"). The web layer opens it around a token's request and closes
 * it when the request ends; {@link CaseAccess#who} then gives the owner only these roles.
 * Held per thread rather than in a request-scoped bean because the access checks also run
 * where no request context is active (jobs), and a request's EJB calls run on its thread.
 */
public final class CallerScope implements AutoCloseable {

    private static final ThreadLocal<CallerScope> CURRENT = new ThreadLocal<>();

    private final String username;
    private final Set<StaffRole> roles;

    private CallerScope(String username, Set<StaffRole> roles) {
        this.username = username;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** From here until {@link #close()}, on this thread, the user has at most these roles. */
    public static CallerScope open(String username, Set<StaffRole> roles) {
        var scope = new CallerScope(username, roles);
        CURRENT.set(scope);
        return scope;
    }

    /** The roles the user may use now: all they hold, or only the token's when this request came with one. */
    static Set<StaffRole> narrow(String username, Set<StaffRole> held) {
        var scope = CURRENT.get();
        if (scope == null || !scope.username.equals(username)) {
            return held;
        }
        var roles = held.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(held);
        roles.retainAll(scope.roles);
        return roles;
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}
