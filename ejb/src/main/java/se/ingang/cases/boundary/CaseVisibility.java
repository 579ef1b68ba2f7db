package se.ingang.cases.boundary;

import jakarta.persistence.Query;
import java.util.ArrayList;
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

    /** Whether one (loaded) case is among them; the same rule as {@link #condition}. */
    public boolean includes(String queue, String frontOffice, String caseAssignee) {
        return all || queues.contains(queue) || frontOffices.contains(frontOffice)
                || (assignee != null && assignee.equals(caseAssignee));
    }

    /** The JPQL condition on the case alias (not for {@link #ALL}, which needs none); parameters by {@link #bind}. */
    public String condition(String alias) {
        var any = new ArrayList<String>();
        if (!queues.isEmpty()) {
            any.add(alias + ".queue.code IN :visibleQueues");
        }
        if (!frontOffices.isEmpty()) {
            any.add(alias + ".frontOffice.code IN :visibleFrontOffices");
        }
        if (assignee != null) {
            any.add(alias + ".assignee = :visibleAssignee");
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }

    public void bind(Query q) {
        if (!queues.isEmpty()) {
            q.setParameter("visibleQueues", queues);
        }
        if (!frontOffices.isEmpty()) {
            q.setParameter("visibleFrontOffices", frontOffices);
        }
        if (assignee != null) {
            q.setParameter("visibleAssignee", assignee);
        }
    }
}
