package se.ingang.search.boundary;

import java.util.Set;

/**
 * Which cases a search may return: everything (managers), or the cases of some queues plus
 * those assigned to one user (a handler's own access). The access rules decide the scope;
 * the search only applies it, in the query, so paging and counts stay right.
 */
public record SearchScope(boolean everything, Set<String> queues, String assignee) {

    public SearchScope {
        queues = queues == null ? Set.of() : Set.copyOf(queues);
    }

    public static SearchScope all() {
        return new SearchScope(true, Set.of(), null);
    }

    /** The cases of these queues, and (if assignee is given) the cases assigned to that user. */
    public static SearchScope of(Set<String> queues, String assignee) {
        return new SearchScope(false, queues, assignee);
    }

    public boolean seesNothing() {
        return !everything && queues.isEmpty() && (assignee == null || assignee.isBlank());
    }
}
