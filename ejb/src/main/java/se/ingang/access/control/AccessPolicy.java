package se.ingang.access.control;

import static se.ingang.organisation.entity.StaffRole.ADMINISTRATOR;
import static se.ingang.organisation.entity.StaffRole.AGENT;
import static se.ingang.organisation.entity.StaffRole.INTEGRATION;
import static se.ingang.organisation.entity.StaffRole.MANAGER;

import java.util.Collection;
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
 * <li>Queue lists and figures (a group's consultations, a front office's answer rates) are read
 *     by the queue's members and by those who read everything.</li>
 * <li>A consultation is read by whoever may read its case and by the group asked, whose members
 *     answer it; the case's workers ask and withdraw.</li>
 * <li>Canned answers are read by all staff and maintained by managers and administrators.</li>
 * <li>The telephone system's machine account (INTEGRATION) feeds call logs and CTI events, and
 *     does nothing else; administrators may feed them by hand.</li>
 * <li>Customer records and organisations are maintained by agents, managers and administrators;
 *     an agent changes a person's record only when they work one of that person's cases, and
 *     merges two records only when they work every case of both; legal holds by managers and
 *     administrators; the whole audit trail is searched by administrators.</li>
 * <li>The name, e-mail and phone behind an address (customer records, an organisation's people) are
 *     looked up by agents, managers and administrators, who identify callers; anyone else only
 *     for the people of a case they may work.</li>
 * <li>A registered title is read by whoever may read its case (and those who read everything).</li>
 * <li>An improvement item is read and moved by managers, administrators, its owner (a user, or a
 *     member of the queue it names) and whoever logged it.</li>
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

    /** The lists and figures of one queue: its members, and those who read everything. */
    public static boolean mayReadQueue(StaffMember who, String queue) {
        return who.isStaff() && (readsEverything(who) || who.queues().contains(queue));
    }

    /** Work in one queue (answer its consultations, register a contact straight into it). */
    public static boolean mayWorkIn(StaffMember who, String queue) {
        return who.isStaff() && (who.has(ADMINISTRATOR) || who.queues().contains(queue));
    }

    /** A consultation about case c asked of group: readers of the case, and the group asked. */
    public static boolean mayReadConsultation(StaffMember who, CaseFacts c, String group) {
        return mayRead(who, c) || mayReadQueue(who, group);
    }

    /** Canned answers (svarsstöd): written by managers and administrators. */
    public static boolean mayMaintainAnswers(StaffMember who) {
        return readsEverything(who);
    }

    /** Call logs and CTI events: the telephone system's account, or an administrator by hand. */
    public static boolean mayFeedCalls(StaffMember who) {
        return who.has(INTEGRATION) || who.has(ADMINISTRATOR);
    }

    /** Customer records and organisations (create, change, merge duplicates): agents, managers, administrators. */
    public static boolean mayMaintainCustomers(StaffMember who) {
        return who.has(AGENT) || who.has(MANAGER) || who.has(ADMINISTRATOR);
    }

    /**
     * Merging two customer records: managers and administrators, or an agent who may work every
     * case of both records. Of both, not only the cases that move: the surviving record takes over
     * the duplicate's address where it has none, so the answers to its own cases may go elsewhere.
     */
    public static boolean mayMergeCustomers(StaffMember who, Collection<CaseFacts> casesOfBoth) {
        return readsEverything(who)
                || (mayMaintainCustomers(who) && casesOfBoth.stream().allMatch(c -> mayWork(who, c)));
    }

    /**
     * Changing one person's record (the organisation they act for): managers and administrators,
     * or an agent who works at least one of the person's cases, so the change belongs to a contact
     * the agent handles and not to any record they can look up.
     */
    public static boolean mayChangeCustomer(StaffMember who, Collection<CaseFacts> casesOfCustomer) {
        return readsEverything(who)
                || (mayMaintainCustomers(who) && casesOfCustomer.stream().anyMatch(c -> mayWork(who, c)));
    }

    /** Anyone's name, e-mail and phone (the front office identifies callers): agents, managers, administrators. */
    public static boolean mayLookUpAnyCustomer(StaffMember who) {
        return mayMaintainCustomers(who);
    }

    /** One person's name, e-mail and phone: as {@link #mayLookUpAnyCustomer}, or staff who work one of their cases. */
    public static boolean mayLookUpCustomer(StaffMember who, Collection<CaseFacts> casesOfCustomer) {
        return mayLookUpAnyCustomer(who) || (who.isStaff() && casesOfCustomer.stream().anyMatch(c -> mayWork(who, c)));
    }

    /** An item of the improvement log: those who read everything, its owner (user or queue) and who logged it. */
    public static boolean mayFollowUpImprovement(StaffMember who, String owner, String loggedBy) {
        return who.isStaff() && (readsEverything(who) || who.username().equals(owner) || who.queues().contains(owner)
                || who.username().equals(loggedBy));
    }

    /** Legal holds keep a case from retention and erasure: managers and administrators. */
    public static boolean mayPlaceLegalHolds(StaffMember who) {
        return readsEverything(who);
    }

    /** The audit trail as a whole is searched by administrators; a case's own trail by whoever may open the case. */
    public static boolean maySearchAudit(StaffMember who) {
        return who.has(ADMINISTRATOR);
    }
}
