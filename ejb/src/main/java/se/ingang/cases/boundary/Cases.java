package se.ingang.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.ingang.calendar.boundary.BusinessCalendars;
import se.ingang.cases.control.CaseNumbers;
import se.ingang.cases.control.CaseProcess;
import se.ingang.cases.control.CaseSettings;
import se.ingang.cases.control.CaseTrail;
import se.ingang.cases.control.OwnerAssignment;
import se.ingang.cases.control.RegistrationKeys;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CustomerMessageEffect;
import se.ingang.consultations.boundary.Consultations;
import se.ingang.customers.boundary.Customers;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.sla.boundary.Deadlines;

/**
 * The case use cases. Each method is one transaction: the case changes, its timeline
 * grows and the process moves on together, or nothing happens at all. Commands that
 * change a case's state carry the version the caller saw; the case row is locked first,
 * so of two concurrent commands the second one sees the new version and is refused.
 */
@Stateless
public class Cases {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Cases.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    CaseNumbers numbers;

    @Inject
    RegistrationKeys registrationKeys;

    @Inject
    CaseProcess process;

    @Inject
    CaseSettings settings;

    @Inject
    Customers customers;

    @Inject
    Organisation organisation;

    @Inject
    StaffDirectory staff;

    @Inject
    Deadlines deadlines;

    @Inject
    BusinessCalendars calendars;

    @Inject
    OwnerAssignment owners;
    /** Staff answered the customer; the e-mail channel sends it (same transaction, sent after commit). */
    @Inject
    Event<CaseReplied> replied;

    /** A promised follow-up; the e-mail channel tells the customer when they will hear from us. */
    @Inject
    Event<FollowUpPromised> promised;

    @Inject
    Consultations consultations;

    @Inject
    CaseTrail trail;
    /** Counted by operations.boundary.OperationalGauges once the registration commits. */
    @Inject
    Event<CaseRegistered> registered;

    public Case register(NewCase contact, String actor) {
        Topic topic = contact.topic() == null ? null : organisation.findTopic(contact.topic())
                .orElseThrow(() -> new InvalidInputException("topic", "unknown topic '" + contact.topic() + "'"));
        Queue frontOffice = frontOfficeFor(contact, topic);
        var customer = customers.findOrRegister(contact.customerName(), contact.customerEmail(),
                contact.customerPhone(), contact.customerGroup());
        if (contact.consentTextVersion() != null) {
            customers.recordConsent(customer, contact.consentTextVersion());
        }
        var c = Case.register(numbers.next(), contact.channel(), customer, contact.subject(), contact.message(),
                frontOffice, topic, contact.type(), contact.priority(), clock.now(), actor);
        c.writtenIn(contact.language());
        c.contactedAs(contact.customerGroup());
        return started(c, actor);
    }

    /**
     * A missed call we owe a call back (telephony only): received, and its clocks started, when
     * the call was missed; learntFrom says how the call reached us ("the call log", "a CTI event").
     */
    public Case registerCallback(String callerNumber, String subject, String message, Queue frontOffice,
                                 Instant missedAt, String learntFrom, String actor) {
        var customer = customers.findOrRegister(null, null, callerNumber, null);
        var c = Case.registerCallback(numbers.next(), customer, subject, message, frontOffice, missedAt, clock.now(),
                actor, learntFrom);
        return started(c, actor);
    }

    private Case started(Case c, String actor) {
        em.persist(c);
        em.flush();
        trail.changed("REGISTERED", Map.of(), c, actor);
        // From here on the server log names the case (README "Operations").
        se.ingang.operations.control.LogContext.caseNumber(c.getNumber().value());
        LOG.info(() -> "case " + c.getNumber() + " registered (" + c.getChannel() + ", by " + actor + ")");
        process.start(c);
        deadlines.caseRegistered(c);
        registered.fire(new CaseRegistered(c.getNumber().value(), c.getChannel().name()));
        return c;
    }

    /**
     * {@link #register} once per idempotency key of the caller: a client that lost the answer (a
     * timeout, a node that went down) sends the request again and gets the case registered the first time.
     */
    public Registration register(NewCase contact, String actor, String idempotencyKey) {
        if (!registrationKeys.claim(actor, idempotencyKey, contact, clock.now())) {
            long id = registrationKeys.earlier(actor, idempotencyKey, contact)
                    .orElseThrow(() -> new IllegalStateException("idempotency key without its case"));
            return new Registration(em.find(Case.class, id), true);
        }
        var c = register(contact, actor);
        registrationKeys.registered(actor, idempotencyKey, c.getId());
        return new Registration(c, false);
    }

    /** The case with its customer, queues and whole timeline loaded. */
    public Case find(String number) {
        return byNumber(Case.FIND_WHOLE_BY_NUMBER, number, LockModeType.NONE);
    }

    public CasePage list(CaseQuery query) {
        return list(query, CaseVisibility.ALL);
    }

    /** A case list limited to what one member of staff may see (see access.CaseAccess#visibility). */
    public CasePage list(CaseQuery query, CaseVisibility visible) {
        var where = new ArrayList<String>();
        if (!visible.all()) {
            where.add(visibilityCondition(visible));
        }
        if (query.queue() != null) {
            where.add("c.queue.code = :queue");
        }
        if (query.status() != null) {
            where.add("c.status = :status");
        }
        if (query.assignee() != null) {
            where.add("c.assignee = :assignee");
        }
        if (query.customerEmail() != null) {
            where.add("c.customer.email = :email");
        }
        if (query.customerId() != null) {
            where.add("c.customer.id = :customerId");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String order = switch (query.sort() == null ? CaseQuery.Sort.NEWEST : query.sort()) {
            case NEWEST -> " ORDER BY c.receivedAt DESC, c.id DESC";
            case OLDEST -> " ORDER BY c.receivedAt ASC, c.id ASC";
            case PRIORITY -> " ORDER BY CASE c.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END, c.receivedAt ASC, c.id ASC";
            case DUE -> " ORDER BY CASE WHEN c.dueAt IS NULL THEN 1 ELSE 0 END, c.dueAt ASC, c.id ASC";
        };
        var items = em.createQuery("SELECT c FROM ServiceCase c" + condition + order, Case.class);
        var count = em.createQuery("SELECT COUNT(c) FROM ServiceCase c" + condition, Long.class);
        for (var q : List.of(items, count)) {
            if (query.queue() != null) {
                q.setParameter("queue", query.queue());
            }
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.assignee() != null) {
                q.setParameter("assignee", query.assignee());
            }
            if (query.customerEmail() != null) {
                q.setParameter("email", query.customerEmail().trim().toLowerCase(Locale.ROOT));
            }
            if (query.customerId() != null) {
                q.setParameter("customerId", query.customerId());
            }
            if (!visible.all()) {
                setVisibilityParameters(q, visible);
            }
        }
        var cases = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        return new CasePage(cases, count.getSingleResult(), query.page(), query.size());
    }

    private static String visibilityCondition(CaseVisibility visible) {
        return visible.condition("c");
    }

    private static void setVisibilityParameters(jakarta.persistence.Query q, CaseVisibility visible) {
        visible.bind(q);
    }

    public Optional<RoutingSuggestion> routingSuggestion(String number) {
        var c = findCase(number, LockModeType.NONE);
        return process.suggestRouting(c.getCustomerGroup(), c.getType(), c.getTopic() == null ? null : c.getTopic().getCode());
    }

    public Case triage(String number, TriageDecision decision, String actor) {
        var c = lockCase(number, decision.version());
        var before = trail.snapshot(c);
        Topic topic = decision.topic() == null ? null : organisation.findTopic(decision.topic())
                .orElseThrow(() -> new InvalidInputException("topic", "unknown topic '" + decision.topic() + "'"));
        c.categorise(decision.type(), topic, decision.customerGroup(), decision.priority(), actor, clock.now());
        if (decision.note() != null && !decision.note().isBlank()) {
            c.addNote(decision.note(), actor, clock.now());
        }
        switch (decision.outcome()) {
            case RESOLVE -> {
                c.resolveAtFirstContact(decision.reply(), actor, clock.now());
                replied.fire(new CaseReplied(c.getId(), c.getNumber().value(), decision.reply(), actor, CaseReplied.Kind.RESOLVING_REPLY));
                process.resolve(c, settings.reopenWindow());
                deadlines.customerAnswered(c);
                deadlines.resolved(c);
                trail.changed("TRIAGED", before, c, actor);
            }
            case ROUTE -> {
                if (decision.group() != null) {
                    requireBackOfficeGroup(decision.group());
                }
                // The routing itself is recorded where it is applied (CaseRouting), whether now or later.
                trail.changed("TRIAGED", before, c, actor);
                // The process evaluates the routing table and calls back CaseRouting.applyRouting.
                process.route(c, Optional.ofNullable(decision.group()));
                deadlines.movedToBackOffice(c);
            }
        }
        return c;
    }

    public Case assign(String number, long version, String username, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        var user = staff.findUser(username)
                .orElseThrow(() -> new InvalidInputException("user", "unknown staff user '" + username + "'"));
        if (!user.isMemberOf(c.getQueue())) {
            throw new InvalidInputException("user", username + " does not work queue " + c.getQueue().getCode());
        }
        c.assignTo(username, actor, clock.now());
        trail.changed("ASSIGNED", before, c, actor);
        return c;
    }

    public Case release(String number, long version, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        c.release(actor, clock.now());
        trail.changed("RELEASED", before, c, actor);
        return c;
    }

    public Case transfer(String number, long version, String group, String note, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        c.transferTo(requireBackOfficeGroup(group), note, actor, clock.now());
        owners.caseLanded(c);
        process.transfer(c, group);
        deadlines.movedToBackOffice(c);
        trail.changed("TRANSFERRED", before, c, actor);
        return c;
    }

    public Case returnToFrontOffice(String number, long version, String note, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        c.returnToFrontOffice(note, actor, clock.now());
        process.returnToFrontOffice(c);
        deadlines.returnedToFrontOffice(c);
        trail.changed("RETURNED_TO_FRONT_OFFICE", before, c, actor);
        return c;
    }

    /**
     * A note the system writes (mail intake: auto-replies, bounces, attachments): nobody saw a
     * version, so there is none to check. Staff notes go through notes.boundary.CaseNotes, with one.
     */
    public Case addNote(String number, String text, String actor) {
        var c = findCase(number, LockModeType.PESSIMISTIC_WRITE);
        var before = trail.snapshot(c);
        c.addNote(text, actor, clock.now());
        trail.changed("NOTE_ADDED", before, c, actor);
        return c;
    }

    /**
     * An answer carries the version it was written against: a colleague who answered meanwhile
     * makes it stale (409 naming that answer), so the customer never gets two answers by accident.
     */
    public Case reply(String number, long version, String text, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        requireAddress(c, "reply");
        c.reply(text, actor, clock.now());
        versioned(c);
        replied.fire(new CaseReplied(c.getId(), c.getNumber().value(), text, actor, CaseReplied.Kind.REPLY));
        deadlines.customerAnswered(c);
        trail.changed("REPLIED", before, c, actor);
        return c;
    }

    public Case askCustomer(String number, long version, String question, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        requireAddress(c, "ask the customer");
        var now = clock.now();
        c.askCustomer(question, actor, now);
        replied.fire(new CaseReplied(c.getId(), c.getNumber().value(), question, actor, CaseReplied.Kind.QUESTION));
        var queue = c.getQueue();
        var time = calendars.byCode(queue.getCalendarCode());
        int reminderDays = queue.getReminderDays() != null ? queue.getReminderDays() : settings.reminderDays();
        int autoCloseDays = queue.getAutoCloseDays() != null ? queue.getAutoCloseDays() : settings.autoCloseDays();
        process.awaitCustomer(c, time.plusBusinessDays(now, reminderDays), time.plusBusinessDays(now, autoCloseDays));
        deadlines.customerAnswered(c);
        deadlines.waitingForCustomer(c);
        trail.changed("ASKED_CUSTOMER", before, c, actor);
        return c;
    }

    /**
     * A message from the customer about a case: resumes a waiting case, reopens a resolved
     * one, and after closing opens a follow-up case that links to it — once: while that
     * follow-up exists, later messages about the closed case go to it (and on along the chain
     * when it is closed too), so one conversation never splits into a case per message.
     */
    public CustomerMessageResult customerMessage(String number, String text, String author) {
        var c = findCase(number, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() == CaseStatus.CLOSED) {
            // The closed case's row lock orders concurrent messages: the second one finds the first one's follow-up.
            var followedBy = em.createNamedQuery(Case.FIND_FOLLOW_UPS, Case.class).setParameter("closed", c)
                    .setMaxResults(1).getResultStream().findFirst();
            if (followedBy.isPresent()) {
                return customerMessage(followedBy.get().getNumber().value(), text, author);
            }
        }
        var before = trail.snapshot(c);
        if (c.getStatus() == CaseStatus.CLOSED) {
            var followUp = Case.followUp(numbers.next(), c, text, clock.now(), author);
            em.persist(followUp);
            em.flush();
            trail.changed("REGISTERED", Map.of(), followUp, CaseTrail.CUSTOMER);
            process.start(followUp);
            deadlines.caseRegistered(followUp);
            return new CustomerMessageResult(CustomerMessageEffect.FOLLOW_UP_CASE, followUp);
        }
        var effect = c.receiveCustomerMessage(text, author, clock.now());
        if (effect != CustomerMessageEffect.APPENDED) {
            process.customerReplied(c);
        }
        switch (effect) {
            case RESUMED -> deadlines.customerResumed(c);
            case REOPENED -> deadlines.reopened(c);
            default -> { }
        }
        trail.changed("CUSTOMER_MESSAGE", before, c, CaseTrail.CUSTOMER);
        return new CustomerMessageResult(effect, c);
    }

    public Case resolve(String number, long version, String reply, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        c.resolve(reply, actor, clock.now());
        if (reply != null && !reply.isBlank()) {
            replied.fire(new CaseReplied(c.getId(), c.getNumber().value(), reply, actor, CaseReplied.Kind.RESOLVING_REPLY));
        }
        process.resolve(c, settings.reopenWindow());
        deadlines.customerAnswered(c);
        deadlines.resolved(c);
        trail.changed("RESOLVED", before, c, actor);
        return c;
    }

    public Case close(String number, long version, String actor) {
        var c = lockCase(number, version);
        var before = trail.snapshot(c);
        c.close(actor, clock.now());
        consultations.caseClosed(c, actor);
        process.closeNow(c);
        deadlines.closed(c);
        trail.changed("CLOSED", before, c, actor);
        return c;
    }

    /** "I will get back to you by …": recorded on the case and watched like any deadline. */
    public Case promiseFollowUp(String number, Instant due, String note, String actor) {
        var c = findCase(number, LockModeType.PESSIMISTIC_WRITE);
        var before = trail.snapshot(c);
        if (!c.getStatus().isOpen()) {
            throw new ActionNotAllowedException("Case " + number + " is " + c.getStatus() + "; nothing to follow up");
        }
        if (!due.isAfter(clock.now())) {
            throw new InvalidInputException("due", "a promised follow-up must lie in the future");
        }
        deadlines.promise(c, due, note, actor);
        promised.fire(new FollowUpPromised(c.getId(), c.getNumber().value(), due, actor));
        trail.changed("FOLLOW_UP_PROMISED", before, c, actor);
        return c;
    }

    /**
     * A reply or a question is sent to the customer by e-mail; without an address it would reach
     * nobody. An answer given on the phone is recorded as a note, or as the reply that resolves.
     */
    private static void requireAddress(Case c, String action) {
        if (c.getCustomer() == null || c.getCustomer().getEmail() == null) {
            throw new ActionNotAllowedException("Case " + c.getNumber() + " has no customer e-mail address, so we cannot "
                    + action + " by e-mail: call the customer back and record the answer as a note (or resolve with it)");
        }
    }

    private Queue frontOfficeFor(NewCase contact, Topic topic) {
        if (topic != null) {
            return topic.getFrontOffice();
        }
        String code = contact.frontOffice() != null ? contact.frontOffice() : settings.defaultFrontOffice();
        var queue = organisation.findQueue(code)
                .orElseThrow(() -> new InvalidInputException("frontOffice", "unknown front-office profile '" + code + "'"));
        if (queue.isBackOffice()) {
            throw new InvalidInputException("frontOffice", "'" + code + "' is a back-office group, not a front-office profile");
        }
        return queue;
    }

    private Queue requireBackOfficeGroup(String code) {
        var queue = organisation.findQueue(code)
                .orElseThrow(() -> new InvalidInputException("group", "unknown group '" + code + "'"));
        if (!queue.isBackOffice()) {
            throw new InvalidInputException("group", "'" + code + "' is not a back-office group");
        }
        return queue;
    }

    /**
     * A timeline entry alone does not make the case row dirty (the timeline is the entries' side
     * of the association), so a later answer would leave the version as it was and a colleague's
     * stale answer would pass. Called after the entry is recorded, so it carries the version it
     * was written against.
     */
    private void versioned(Case c) {
        em.lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private Case lockCase(String number, long expectedVersion) {
        var c = findCase(number, LockModeType.PESSIMISTIC_WRITE);
        c.expectVersion(expectedVersion);
        return c;
    }

    private Case findCase(String number, LockModeType lock) {
        return byNumber(Case.FIND_BY_NUMBER, number, lock);
    }

    private Case byNumber(String namedQuery, String number, LockModeType lock) {
        if (!CaseNumber.isValid(number)) {
            throw new NotFoundException("Case", number);
        }
        return em.createNamedQuery(namedQuery, Case.class)
                .setParameter("number", number.trim())
                .setLockMode(lock)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Case", number));
    }
}
