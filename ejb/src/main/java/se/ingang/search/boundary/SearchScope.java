package se.ingang.search.boundary;

import java.util.Set;
import se.ingang.cases.boundary.CaseVisibility;

/**
 * Which cases a search may return: everything (managers), or the cases of some queues, those
 * that came in through some front-office profiles and those assigned to one user — exactly
 * what the access rules let the caller read (see {@link #of(CaseVisibility)}). {@code only},
 * when not empty, narrows that further to some queues (the caller's choice, never a widening).
 * The search applies the scope in the query, so paging and counts stay right.
 */
public record SearchScope(boolean everything, Set<String> queues, Set<String> frontOffices, String assignee,
                          Set<String> only) {

    public SearchScope {
        queues = queues == null ? Set.of() : Set.copyOf(queues);
        frontOffices = frontOffices == null ? Set.of() : Set.copyOf(frontOffices);
        only = only == null ? Set.of() : Set.copyOf(only);
    }

    public static SearchScope all() {
        return new SearchScope(true, Set.of(), Set.of(), null, Set.of());
    }

    /** The cases of these queues, and (if assignee is given) the cases assigned to that user. */
    public static SearchScope of(Set<String> queues, String assignee) {
        return new SearchScope(false, queues, Set.of(), assignee, Set.of());
    }

    /** What a list of cases would show the same caller (access.CaseAccess#visibility). */
    public static SearchScope of(CaseVisibility visible) {
        return visible.all() ? all()
                : new SearchScope(false, visible.queues(), visible.frontOffices(), visible.assignee(), Set.of());
    }

    /** Only the cases now in these queues, within this scope; none given: the scope as it is. */
    public SearchScope narrowedTo(Set<String> onlyQueues) {
        return new SearchScope(everything, queues, frontOffices, assignee, onlyQueues);
    }

    public boolean seesNothing() {
        return !everything && queues.isEmpty() && frontOffices.isEmpty() && (assignee == null || assignee.isBlank());
    }
}
