package se.ingang.organisation.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ingang.organisation.entity.AssignmentPolicy;

/**
 * Chooses the owner of a case that lands in a queue, by the queue's policy. Pure: the caller
 * supplies the members with their presence and load, so the rule is tested without a database.
 */
public final class OwnerChoice {

    /** A member who could own the case: present or not, and how many open cases they own now. */
    public record Candidate(String username, boolean present, long openCases) {
    }

    private OwnerChoice() {
    }

    /**
     * @param lastAssignee whom the round robin chose last (null at the start); it continues
     *                     with the next username after them, so a member who left does not
     *                     break the turn order
     */
    public static Optional<String> choose(AssignmentPolicy policy, List<Candidate> members, String lastAssignee) {
        if (policy == null || members.isEmpty()) {
            return Optional.empty();
        }
        return switch (policy) {
            case MANUAL -> Optional.empty();
            case ROUND_ROBIN -> nextInTurn(members, lastAssignee);
            case LEAST_LOADED -> members.stream()
                    .filter(Candidate::present)
                    .min(Comparator.comparingLong(Candidate::openCases).thenComparing(Candidate::username))
                    .map(Candidate::username);
        };
    }

    private static Optional<String> nextInTurn(List<Candidate> members, String lastAssignee) {
        var names = members.stream().map(Candidate::username).sorted().distinct().toList();
        if (lastAssignee != null) {
            for (String name : names) {
                if (name.compareTo(lastAssignee) > 0) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.of(names.get(0));
    }
}
