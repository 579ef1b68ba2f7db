package se.ingang.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.ingang.access.control.AccessPolicy;
import se.ingang.access.control.CaseFacts;
import se.ingang.access.control.StaffMember;
import se.ingang.cases.boundary.CaseVisibility;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.customers.entity.Customer;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.Queue;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.NotFoundException;

/**
 * The access checks the API and the pages call with the logged-in username (the principal's
 * name) before they act; the rules are {@link AccessPolicy}. Roles and queue memberships are
 * read from the staff directory on every check, so a change applies at once.
 * A refused check throws {@link AccessDeniedException} (403).
 */
@Stateless
public class CaseAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    Organisation organisation;

    /**
     * The caller as the rules see them; unknown or inactive users have no roles, and a request
     * made with an API token only the token's ({@link CallerScope}).
     */
    public StaffMember who(String username) {
        return staff.findUser(username).map(StaffMember::of)
                .map(m -> new StaffMember(m.username(), CallerScope.narrow(m.username(), m.roles()), m.queues()))
                .orElseGet(() -> new StaffMember(username == null ? "" : username, Set.of(), Set.of()));
    }

    /** May open (read) the case; 404 when there is no such case, 403 when it is not theirs to see. */
    public void check(String caseNumber, String username) {
        if (!AccessPolicy.mayRead(who(username), facts(caseNumber))) {
            throw new AccessDeniedException(username + " may not open case " + caseNumber);
        }
    }

    /** May change the case (triage, reply, claim, transfer, resolve …). */
    public void checkWork(String caseNumber, String username) {
        if (!AccessPolicy.mayWork(who(username), facts(caseNumber))) {
            throw new AccessDeniedException(username + " may not work case " + caseNumber);
        }
    }

    public boolean mayRead(String caseNumber, String username) {
        return AccessPolicy.mayRead(who(username), facts(caseNumber));
    }

    public boolean mayWork(String caseNumber, String username) {
        return AccessPolicy.mayWork(who(username), facts(caseNumber));
    }

    /** The filter for case lists and searches. */
    public CaseVisibility visibility(String username) {
        return AccessPolicy.visibility(who(username));
    }

    /** The queues whose lists the user may open: all for those who read everything, else their own. */
    public List<Queue> visibleQueues(String username) {
        var who = who(username);
        if (AccessPolicy.readsEverything(who)) {
            return organisation.queues();
        }
        if (!who.isStaff()) {
            return List.of();
        }
        return organisation.queues().stream().filter(q -> who.queues().contains(q.getCode()))
                .sorted(Comparator.comparing(Queue::getKind).thenComparing(Queue::getCode)).toList();
    }

    /** Any member of staff (a role): registering contacts, reading the organisation. */
    public void requireStaff(String username) {
        if (!who(username).isStaff()) {
            throw new AccessDeniedException(username + " has no staff role");
        }
    }

    /** Managers and administrators: reports, exports of personal data. */
    public void requireReadsEverything(String username) {
        if (!AccessPolicy.readsEverything(who(username))) {
            throw new AccessDeniedException("only managers and administrators may do this");
        }
    }

    /** Administrators only: queues, topics, calendars, users, retention, mailboxes, phone queues, routing table. */
    public void requireConfiguration(String username) {
        if (!AccessPolicy.mayConfigure(who(username))) {
            throw new AccessDeniedException("only administrators may change the configuration");
        }
    }

    /** The lists and figures of one queue (a group's consultations, a front office's answer rates). */
    public void checkQueue(String queue, String username) {
        if (!mayReadQueue(queue, username)) {
            throw new AccessDeniedException(username + " may not read the lists of " + queue);
        }
    }

    public boolean mayReadQueue(String queue, String username) {
        return AccessPolicy.mayReadQueue(who(username), queue);
    }

    /** Work in one queue: answer the consultations asked of it, register a contact straight into it. */
    public void checkWorkIn(String queue, String username) {
        if (!AccessPolicy.mayWorkIn(who(username), queue)) {
            throw new AccessDeniedException(username + " does not work in " + queue);
        }
    }

    /** A consultation about a case, asked of a group: readers of the case and the group asked. */
    public boolean mayReadConsultation(Case about, String group, String username) {
        return AccessPolicy.mayReadConsultation(who(username), CaseFacts.of(about), group);
    }

    public void checkConsultation(Case about, String group, String username) {
        if (!mayReadConsultation(about, group, username)) {
            throw new AccessDeniedException(username + " may not read the consultations of case " + about.getNumber());
        }
    }

    /** Managers and administrators maintain the canned answers. */
    public void requireAnswerMaintenance(String username) {
        if (!AccessPolicy.mayMaintainAnswers(who(username))) {
            throw new AccessDeniedException("only managers and administrators may change canned answers");
        }
    }

    /** Call logs and CTI events: the telephone system's machine account (INTEGRATION) or an administrator. */
    public void requireCallFeed(String username) {
        if (!AccessPolicy.mayFeedCalls(who(username))) {
            throw new AccessDeniedException("only the telephone system's account (role INTEGRATION) or an administrator"
                    + " may report calls");
        }
    }

    /** The recipients whose notifications are this person's own: themselves and their queues. */
    public Set<String> notificationAddressesOf(String username) {
        var who = who(username);
        if (!who.isStaff()) {
            return Set.of();
        }
        var addresses = new java.util.HashSet<String>(who.queues());
        addresses.add(who.username());
        return Set.copyOf(addresses);
    }

    public boolean readsEverything(String username) {
        return AccessPolicy.readsEverything(who(username));
    }

    /**
     * May the members of a queue, by their membership alone, open the case: the test for an
     * @-mention of a group (a handler of that group, or an agent when it is a front-office profile).
     */
    public boolean mayQueueRead(String caseNumber, Queue queue) {
        var role = queue.isBackOffice() ? se.ingang.organisation.entity.StaffRole.HANDLER
                : se.ingang.organisation.entity.StaffRole.AGENT;
        return AccessPolicy.mayRead(new StaffMember("", Set.of(role), Set.of(queue.getCode())), facts(caseNumber));
    }

    public void requireNotificationsOf(String username, Collection<String> recipients) {
        var who = who(username);
        for (String recipient : recipients) {
            if (!AccessPolicy.mayReadNotificationsOf(who, recipient)) {
                throw new AccessDeniedException(username + " may not read the notifications of " + recipient);
            }
        }
    }

    public void requireCustomerMaintenance(String username) {
        if (!AccessPolicy.mayMaintainCustomers(who(username))) {
            throw new AccessDeniedException("only agents, managers and administrators may change customer records and organisations");
        }
    }

    /** Before a merge changes anything; names no case, since some of them may be ones the caller may not open. */
    public void checkMerge(Collection<Case> casesOfBoth, String username) {
        if (!AccessPolicy.mayMergeCustomers(who(username), casesOfBoth.stream().map(CaseFacts::of).toList())) {
            throw new AccessDeniedException(username + " may not merge these records: merging needs the right to work"
                    + " every case of both records (or a manager or administrator)");
        }
    }

    public void checkCustomerChange(Collection<Case> casesOfCustomer, String username) {
        if (!AccessPolicy.mayChangeCustomer(who(username), casesOfCustomer.stream().map(CaseFacts::of).toList())) {
            throw new AccessDeniedException(username + " may not change this customer record: it needs the right to work"
                    + " one of the person's cases (or a manager or administrator)");
        }
    }

    public void requireLegalHolds(String username) {
        if (!AccessPolicy.mayPlaceLegalHolds(who(username))) {
            throw new AccessDeniedException("only managers and administrators may place or lift legal holds");
        }
    }

    public void requireAuditSearch(String username) {
        if (!AccessPolicy.maySearchAudit(who(username))) {
            throw new AccessDeniedException("only administrators may search the audit trail");
        }
    }

    /**
     * The people among these whose name, e-mail and phone the caller may see
     * ({@link AccessPolicy#mayLookUpCustomer}); the others are left out, not named.
     */
    public List<Customer> visiblePeople(List<Customer> people, String username) {
        var who = who(username);
        if (AccessPolicy.mayLookUpAnyCustomer(who)) {
            return people;
        }
        if (!who.isStaff() || people.isEmpty()) {
            return List.of();
        }
        var workable = em.createNamedQuery(Case.FIND_BY_CUSTOMERS, Case.class).setParameter("customers", people)
                .getResultStream().filter(c -> AccessPolicy.mayWork(who, CaseFacts.of(c)))
                .map(c -> c.getCustomer().getId()).collect(Collectors.toSet());
        return people.stream().filter(p -> workable.contains(p.getId())).toList();
    }

    /** May read and move this improvement item (AccessPolicy.mayFollowUpImprovement). */
    public boolean mayFollowUpImprovement(String owner, String loggedBy, String username) {
        return AccessPolicy.mayFollowUpImprovement(who(username), owner, loggedBy);
    }

    public void checkImprovement(String owner, String loggedBy, String username) {
        if (!mayFollowUpImprovement(owner, loggedBy, username)) {
            throw new AccessDeniedException(username + " may not follow up this improvement item: it is for its owner,"
                    + " whoever logged it, managers and administrators");
        }
    }

    /** May open this (already loaded) case: for filtering lists such as an organisation's history. */
    public boolean mayRead(Case c, StaffMember who) {
        return AccessPolicy.mayRead(who, CaseFacts.of(c));
    }

    private CaseFacts facts(String caseNumber) {
        if (caseNumber == null || !CaseNumber.isValid(caseNumber)) {
            throw new NotFoundException("Case", caseNumber);
        }
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class)
                .setParameter("number", caseNumber.trim())
                .getResultStream().findFirst()
                .map(CaseFacts::of)
                .orElseThrow(() -> new NotFoundException("Case", caseNumber));
    }
}
