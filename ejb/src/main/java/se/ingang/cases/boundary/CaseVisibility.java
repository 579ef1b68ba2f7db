package se.ingang.cases.boundary;

import java.util.Set;

/**
 * Which cases a list may show to one member of staff: those in their queues, those that came
 * in through their front-office profiles, and those assigned to them. {@link #ALL} for those
 * who read everything.
 */
public record CaseVisibility(boolean all, Set<String> queues, Set<String> frontOffices, String assignee) {

    public static final CaseVisibility ALL = new CaseVisibility(true, Set.of(), Set.of(), null);

    public CaseVisibility {
        queues = Set.copyOf(queues);
        frontOffices = Set.copyOf(frontOffices);
    }

    public static CaseVisibility limitedTo(Set<String> queues, Set<String> frontOffices, String assignee) {
        return new CaseVisibility(false, queues, frontOffices, assignee);
    }
}
