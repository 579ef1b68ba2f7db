package se.ingang.access.control;

import static se.ingang.organisation.entity.StaffRole.ADMINISTRATOR;
import static se.ingang.organisation.entity.StaffRole.AGENT;
import static se.ingang.organisation.entity.StaffRole.MANAGER;

import java.util.Set;
import se.ingang.cases.boundary.CaseVisibility;

/**
 * Who sees and does what. Pure, so the rules are tested without a server.
 * <ul>
 * <li>Administrators configure (queues, users, calendars, retention) and may do everything.</li>
 * <li>Managers read every case; they work cases like anyone else (their queues, their own).</li>
 * <li>Anyone with a role works the cases of the queues they are a member of (agents their
 *     front-office profiles, handlers their back-office groups) and the cases assigned to them.</li>
 * <li>Agents also read the cases that came in through their front-office profiles after they
 *     left for the back office (a customer's earlier cases during triage).</li>
 * <li>Without a role: nothing.</li>
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean mayConfigure(StaffMember who) {
        return who.has(ADMINISTRATOR);
    }

    public static boolean readsEverything(StaffMember who) {
        return who.has(ADMINISTRATOR) || who.has(MANAGER);
    }

    public static boolean mayWork(StaffMember who, CaseFacts c) {
        if (!who.isStaff()) {
            return false;
        }
        return who.has(ADMINISTRATOR)
                || who.username().equals(c.assignee())
                || who.queues().contains(c.queue());
    }

    public static boolean mayRead(StaffMember who, CaseFacts c) {
        if (!who.isStaff()) {
            return false;
        }
        return readsEverything(who) || mayWork(who, c)
                || (who.has(AGENT) && who.queues().contains(c.frontOffice()));
    }

    /** The list filter that matches {@link #mayRead} exactly. */
    public static CaseVisibility visibility(StaffMember who) {
        if (readsEverything(who)) {
            return CaseVisibility.ALL;
        }
        if (!who.isStaff()) {
            return CaseVisibility.limitedTo(Set.of(), Set.of(), null);
        }
        return CaseVisibility.limitedTo(who.queues(), who.has(AGENT) ? who.queues() : Set.of(), who.username());
    }

    /** Notifications addressed to a person or a queue: the person themselves, members of the queue, or readers of everything. */
    public static boolean mayReadNotificationsOf(StaffMember who, String recipient) {
        if (!who.isStaff()) {
            return false;
        }
        return readsEverything(who) || who.username().equals(recipient) || who.queues().contains(recipient);
    }
}
