package se.ingang.cases.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * One enquiry from a customer, from first contact until it is closed. The case keeps the
 * rules of its own lifecycle (which action is allowed when); the BPMN process mirrors the
 * same states and decides what happens next. Entity name differs from the class name
 * because CASE is a reserved word in JPQL and SQL.
 */
@Entity(name = "ServiceCase")
@Table(name = "service_case")
@NamedQuery(name = Case.FIND_BY_NUMBER, query = "SELECT c FROM ServiceCase c WHERE c.number.value = :number")
@NamedQuery(name = Case.FIND_WHOLE_BY_NUMBER, query = "SELECT DISTINCT c FROM ServiceCase c"
        + " JOIN FETCH c.customer JOIN FETCH c.queue JOIN FETCH c.frontOffice LEFT JOIN FETCH c.topic"
        + " LEFT JOIN FETCH c.follows LEFT JOIN FETCH c.timeline WHERE c.number.value = :number")
@NamedQuery(name = Case.FIND_BY_CUSTOMERS, query = "SELECT c FROM ServiceCase c JOIN FETCH c.queue JOIN FETCH c.frontOffice"
        + " WHERE c.customer IN :customers ORDER BY c.receivedAt, c.id")
@NamedQuery(name = Case.FIND_FOLLOW_UPS, query = "SELECT c FROM ServiceCase c WHERE c.follows = :closed ORDER BY c.id DESC")
public class Case {

    public static final String FIND_BY_NUMBER = "ServiceCase.findByNumber";
    /** The case with everything a case view shows, usable after the transaction ends. */
    public static final String FIND_WHOLE_BY_NUMBER = "ServiceCase.findWholeByNumber";
    /** Every case of these customer records, oldest first, with what the access rules look at. */
    public static final String FIND_BY_CUSTOMERS = "ServiceCase.findByCustomers";
    /** The follow-up cases opened for a closed case, newest first. */
    public static final String FIND_FOLLOW_UPS = "ServiceCase.findFollowUps";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    private CaseNumber number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_group", nullable = false, length = 30)
    private CustomerGroup customerGroup;

    @Column(nullable = false, length = 300)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 20)
    private CaseType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private CaseStatus status;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "front_office_id")
    private Queue frontOffice;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id")
    private Queue queue;

    @Column(length = 100)
    private String assignee;

    @Column(name = "resolved_at_first_contact", nullable = false)
    private boolean resolvedAtFirstContact;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The earliest running deadline the customer sees (first response, resolution, a promise); null while none runs. */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "routed_count", nullable = false)
    private int routedCount;

    /** "sv" or "en": the language the contact was written in, when the channel told us (null: not known). */
    @Column(length = 2)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follows_case_id")
    private Case follows;

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected Case() {
    }

    /** A new contact becomes a case in the front-office queue of its profile; its type is one people may choose. */
    public static Case register(CaseNumber number, Channel channel, Customer customer, String subject,
                                String message, Queue frontOffice, Topic topic, CaseType type,
                                Priority priority, Instant now, String author) {
        return open(number, channel, customer, subject, message, frontOffice, topic, CaseType.requireChoosable(type),
                priority, now, now, author, number + " in " + frontOffice.getCode());
    }

    /**
     * A missed call we owe a call back. The customer waited from the moment the call was missed,
     * so that is when the case was received (and its clocks start), however late the call log
     * reached us; the registration stays on the timeline at the moment we learnt of the call.
     */
    public static Case registerCallback(CaseNumber number, Customer customer, String subject, String message,
                                        Queue frontOffice, Instant missedAt, Instant now, String author, String learntFrom) {
        var received = missedAt.isAfter(now) ? now : missedAt;
        return open(number, Channel.PHONE, customer, subject, message, frontOffice, null, CaseType.CALLBACK, null,
                received, now, author, number + " in " + frontOffice.getCode() + " from " + learntFrom);
    }

    private static Case open(CaseNumber number, Channel channel, Customer customer, String subject, String message,
                             Queue frontOffice, Topic topic, CaseType type, Priority priority, Instant received,
                             Instant now, String author, String registeredDetail) {
        if (frontOffice.isBackOffice()) {
            throw new InvalidInputException("frontOffice", "'" + frontOffice.getCode() + "' is a back-office group, not a front-office profile");
        }
        var c = new Case();
        c.number = number;
        c.channel = channel;
        c.customer = customer;
        c.customerGroup = customer.getGroup();
        c.subject = subject;
        c.frontOffice = frontOffice;
        c.queue = frontOffice;
        c.topic = topic;
        c.type = type == null ? CaseType.SUPPORT : type;
        c.priority = priority == null ? Priority.NORMAL : priority;
        c.status = CaseStatus.NEW;
        c.receivedAt = received;
        c.record(TimelineEntryKind.INBOUND_MESSAGE, null, author, received, message, "via " + channel);
        c.record(TimelineEntryKind.EVENT, CaseEvent.REGISTERED, "system", now, null, registeredDetail);
        return c;
    }

    /** A follow-up case for a customer who writes after the case was closed. */
    public static Case followUp(CaseNumber number, Case closed, String message, Instant now, String author) {
        if (closed.status != CaseStatus.CLOSED) {
            throw new ActionNotAllowedException("Case " + closed.number + " is not closed; add the message to it instead");
        }
        // A follow-up keeps the closed case's type, even the system's own (a callback's customer calling again).
        var c = open(number, closed.channel, closed.customer, closed.subject, message, closed.frontOffice, closed.topic,
                closed.type, closed.priority, now, now, author, number + " in " + closed.frontOffice.getCode());
        c.customerGroup = closed.customerGroup;
        c.language = closed.language;
        c.follows = closed;
        c.record(TimelineEntryKind.EVENT, CaseEvent.FOLLOW_UP_CASE_OPENED, "system", now, null, "follows " + closed.number);
        return c;
    }

    /** Optimistic check against the version the caller saw; the database checks it again. */
    /**
     * A stale caller is told what they missed, not only that something changed: above all the
     * answer a colleague sent meanwhile, so nobody answers the same customer twice.
     */
    public void expectVersion(long expected) {
        if (expected != version) {
            String missed = changesSince(expected);
            throw new StaleVersionException("Case " + number + " was changed by someone else (you had version "
                    + expected + ", it is now " + version + ")" + (missed.isEmpty() ? "" : ". Since then: " + missed));
        }
    }

    /** The messages and notes written since a version (else its events), newest last; "" when none is known. */
    private String changesSince(long expected) {
        var since = timeline.stream().filter(e -> e.writtenSince(expected)).toList();
        var said = since.stream().filter(e -> e.getKind() != TimelineEntryKind.EVENT).toList();
        var shown = said.isEmpty() ? since : said;
        return String.join("; ", shown.stream().map(Case::describe).toList());
    }

    private static final int QUOTED = 300;

    private static String describe(TimelineEntry e) {
        String what = switch (e.getKind()) {
            case OUTBOUND_MESSAGE -> "answered the customer";
            case INTERNAL_NOTE -> "wrote a note";
            case INBOUND_MESSAGE -> "(customer) wrote";
            case EVENT -> e.getEvent() == null ? "changed the case" : e.getEvent().name();
        };
        String text = e.getBody() != null ? e.getBody() : e.getDetail();
        String quoted = text == null || text.isBlank() ? ""
                : ": \u00ab" + (text.length() <= QUOTED ? text : text.substring(0, QUOTED - 1) + "\u2026") + "\u00bb";
        return e.getAuthor() + " " + what + " at " + e.getOccurredAt() + quoted;
    }

    public void categorise(CaseType type, Topic topic, CustomerGroup group, Priority priority, String actor, Instant now) {
        requireStatus(CaseStatus.NEW, "categorise");
        var changes = new ArrayList<String>();
        if (type != null && type != this.type) {
            CaseType.requireChoosable(type);
            this.type = type;
            changes.add("type " + type);
        }
        if (topic != null && (this.topic == null || !topic.getCode().equals(this.topic.getCode()))) {
            this.topic = topic;
            changes.add("topic " + topic.getCode());
        }
        if (group != null && group != this.customerGroup) {
            this.customerGroup = group;
            changes.add("customer group " + group);
        }
        if (priority != null && priority != this.priority) {
            this.priority = priority;
            changes.add("priority " + priority);
        }
        if (!changes.isEmpty()) {
            record(TimelineEntryKind.EVENT, CaseEvent.CATEGORISED, actor, now, null, String.join(", ", changes));
        }
    }

    /** The front office answered and solved it without routing: first-contact resolution. */
    public void resolveAtFirstContact(String reply, String actor, Instant now) {
        requireStatus(CaseStatus.NEW, "resolve at first contact");
        if (reply == null || reply.isBlank()) {
            throw new InvalidInputException("reply", "a case resolved at first contact needs the reply to the customer");
        }
        reply(reply, actor, now);
        resolvedAtFirstContact = routedCount == 0;
        markResolved(actor, now);
    }

    /** Applies the routing decision: the case moves to a back-office group, unassigned. */
    public void routeTo(Queue group, Priority suggested, String actor, Instant now) {
        requireStatus(CaseStatus.NEW, "route");
        requireBackOffice(group);
        String from = queue.getCode();
        queue = group;
        assignee = null;
        routedCount++;
        if (suggested != null && suggested.compareTo(priority) > 0) {
            priority = suggested;
        }
        status = CaseStatus.IN_PROGRESS;
        record(TimelineEntryKind.EVENT, CaseEvent.ROUTED, actor, now, null, from + " → " + group.getCode());
    }

    /** Send the case, not the customer: same case, same timeline, another group. */
    public void transferTo(Queue group, String note, String actor, Instant now) {
        requireStatus(CaseStatus.IN_PROGRESS, "transfer");
        requireBackOffice(group);
        if (group.getCode().equals(queue.getCode())) {
            throw new ActionNotAllowedException("Case " + number + " is already in " + group.getCode());
        }
        String from = queue.getCode();
        queue = group;
        assignee = null;
        routedCount++;
        record(TimelineEntryKind.EVENT, CaseEvent.TRANSFERRED, actor, now, note, from + " → " + group.getCode());
    }

    public void returnToFrontOffice(String note, String actor, Instant now) {
        requireStatus(CaseStatus.IN_PROGRESS, "return to the front office");
        String from = queue.getCode();
        queue = frontOffice;
        assignee = null;
        status = CaseStatus.NEW;
        record(TimelineEntryKind.EVENT, CaseEvent.RETURNED_TO_FRONT_OFFICE, actor, now, note, from + " → " + frontOffice.getCode());
    }

    public void assignTo(String username, String actor, Instant now) {
        requireOpen("assign");
        if (username.equals(assignee)) {
            return;
        }
        assignee = username;
        record(TimelineEntryKind.EVENT, CaseEvent.ASSIGNED, actor, now, null, username);
    }

    public void release(String actor, Instant now) {
        requireOpen("release");
        if (assignee == null) {
            return;
        }
        record(TimelineEntryKind.EVENT, CaseEvent.RELEASED, actor, now, null, assignee);
        assignee = null;
    }

    /** Something that happened to the case's deadlines (warning, breach, promise). */
    public void recordDeadlineEvent(CaseEvent event, String detail, String actor, Instant now) {
        record(TimelineEntryKind.EVENT, event, actor, now, null, detail);
    }

    /** Something another feature records on the case (telephony: missed calls, callback attempts). */
    public void recordEvent(CaseEvent event, String detail, String actor, Instant now) {
        record(TimelineEntryKind.EVENT, event, actor, now, null, detail);
    }

    /** Another group was consulted about the case, answered or was released; the text goes on the timeline. */
    public void recordConsultation(CaseEvent event, String text, String detail, String actor, Instant now) {
        if (event != CaseEvent.CONSULTATION_REQUESTED && event != CaseEvent.CONSULTATION_ANSWERED
                && event != CaseEvent.CONSULTATION_WITHDRAWN) {
            throw new IllegalArgumentException(event + " is not a consultation event");
        }
        record(TimelineEntryKind.EVENT, event, actor, now, text, detail);
    }

    /** The subject every erased case shows instead of the customer's own words. */
    public static final String ERASED = "[raderat / erased]";

    /**
     * GDPR erasure: the customer's words and anything staff wrote about them go; the facts
     * reports need (times, channel, type, topic, queues, SLA outcome) stay.
     */
    public void erasePersonalData(String actor, Instant now) {
        if (anonymisedAt != null) {
            return;
        }
        anonymisedAt = now;
        subject = ERASED;
        timeline.forEach(TimelineEntry::erasePersonalData);
        record(TimelineEntryKind.EVENT, CaseEvent.PERSONAL_DATA_ERASED, actor, now, null, null);
    }

    /** Kept in step by the deadlines feature, so queues can sort and colour by time left. */
    public void trackDueAt(Instant earliestRunning) {
        dueAt = earliestRunning;
    }

    /**
     * A breached customer target makes the case more urgent, up to HIGH; the timeline says so and
     * why, since a priority that changes by itself otherwise puzzles whoever reads the case.
     */
    public boolean escalate(String reason, String actor, Instant now) {
        if (priority.compareTo(Priority.HIGH) >= 0) {
            return false;
        }
        var before = priority;
        priority = Priority.HIGH;
        record(TimelineEntryKind.EVENT, CaseEvent.PRIORITY_RAISED, actor, now, null, before + " → " + priority + ": " + reason);
        return true;
    }

    public void addNote(String text, String actor, Instant now) {
        record(TimelineEntryKind.INTERNAL_NOTE, null, actor, now, text, null);
    }

    /** A note with a remark about it, e.g. whom its @-mentions notified. */
    public void addNote(String text, String detail, String actor, Instant now) {
        record(TimelineEntryKind.INTERNAL_NOTE, null, actor, now, text, detail);
    }

    public void reply(String text, String actor, Instant now) {
        requireOpen("reply");
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        record(TimelineEntryKind.OUTBOUND_MESSAGE, null, actor, now, text, null);
    }

    public void askCustomer(String question, String actor, Instant now) {
        requireStatus(CaseStatus.IN_PROGRESS, "ask the customer");
        reply(question, actor, now);
        status = CaseStatus.WAITING_FOR_CUSTOMER;
        record(TimelineEntryKind.EVENT, CaseEvent.WAITING_FOR_CUSTOMER, actor, now, null, null);
    }

    /**
     * A message from the customer on this case. While we wait for them it resumes the
     * case; after resolution (inside the reopen window, which the process guards) it
     * reopens the case where it was last handled.
     */
    public CustomerMessageEffect receiveCustomerMessage(String text, String author, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new ActionNotAllowedException("Case " + number + " is closed; the message belongs in a follow-up case");
        }
        record(TimelineEntryKind.INBOUND_MESSAGE, null, author, now, text, null);
        switch (status) {
            case WAITING_FOR_CUSTOMER -> {
                status = CaseStatus.IN_PROGRESS;
                record(TimelineEntryKind.EVENT, CaseEvent.RESUMED, "system", now, null, null);
                return CustomerMessageEffect.RESUMED;
            }
            case RESOLVED -> {
                status = queue.isBackOffice() ? CaseStatus.IN_PROGRESS : CaseStatus.NEW;
                resolvedAt = null;
                resolvedAtFirstContact = false;
                record(TimelineEntryKind.EVENT, CaseEvent.REOPENED, "system", now, null, "back to " + queue.getCode());
                return CustomerMessageEffect.REOPENED;
            }
            default -> {
                return CustomerMessageEffect.APPENDED;
            }
        }
    }

    /** Reminds a customer who has not answered our question; once per wait. */
    public boolean remindCustomer(String text, String actor, Instant now) {
        if (status != CaseStatus.WAITING_FOR_CUSTOMER || remindedSinceWaiting()) {
            return false;
        }
        record(TimelineEntryKind.OUTBOUND_MESSAGE, null, actor, now, text, "reminder");
        record(TimelineEntryKind.EVENT, CaseEvent.REMINDER_SENT, actor, now, null, null);
        return true;
    }

    /** The customer never answered: resolved and closed at once, without a reopen window. */
    public boolean closeForLackOfAnswer(String actor, Instant now) {
        if (status != CaseStatus.WAITING_FOR_CUSTOMER) {
            return false;
        }
        status = CaseStatus.CLOSED;
        resolvedAt = now;
        closedAt = now;
        assignee = null;
        record(TimelineEntryKind.EVENT, CaseEvent.AUTO_CLOSED, actor, now, null, "no answer from the customer");
        return true;
    }

    private boolean remindedSinceWaiting() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            var event = timeline.get(i).getEvent();
            if (event == CaseEvent.REMINDER_SENT) {
                return true;
            }
            if (event == CaseEvent.WAITING_FOR_CUSTOMER) {
                return false;
            }
        }
        return false;
    }

    /** Resolve with a reply: the customer must always have an answer to their last message. */
    public void resolve(String reply, String actor, Instant now) {
        requireStatus(CaseStatus.IN_PROGRESS, "resolve");
        if (reply != null && !reply.isBlank()) {
            reply(reply, actor, now);
        }
        if (!customerHasAnswer()) {
            throw new InvalidInputException("reply", "the customer's last message has no answer yet; include a reply");
        }
        markResolved(actor, now);
    }

    /** Closes a resolved case (reopen window over, or closed early by staff). Idempotent. */
    public boolean close(String actor, Instant now) {
        if (status == CaseStatus.CLOSED) {
            return false;
        }
        requireStatus(CaseStatus.RESOLVED, "close");
        status = CaseStatus.CLOSED;
        closedAt = now;
        record(TimelineEntryKind.EVENT, CaseEvent.CLOSED, actor, now, null, null);
        return true;
    }

    public boolean customerHasAnswer() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            var kind = timeline.get(i).getKind();
            if (kind == TimelineEntryKind.OUTBOUND_MESSAGE) {
                return true;
            }
            if (kind == TimelineEntryKind.INBOUND_MESSAGE) {
                return false;
            }
        }
        return false;
    }

    private void markResolved(String actor, Instant now) {
        status = CaseStatus.RESOLVED;
        resolvedAt = now;
        assignee = null;
        record(TimelineEntryKind.EVENT, CaseEvent.RESOLVED, actor, now, null,
                resolvedAtFirstContact ? "at first contact" : null);
    }

    private void record(TimelineEntryKind kind, CaseEvent event, String author, Instant at, String body, String detail) {
        timeline.add(new TimelineEntry(this, kind, event, author, at, body, detail));
    }

    private void requireStatus(CaseStatus required, String action) {
        if (status != required) {
            throw new ActionNotAllowedException("Cannot " + action + " case " + number + " while it is " + status);
        }
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new ActionNotAllowedException("Cannot " + action + " case " + number + " while it is " + status);
        }
    }

    private static void requireBackOffice(Queue group) {
        if (!group.isBackOffice()) {
            throw new InvalidInputException("group", "'" + group.getCode() + "' is not a back-office group");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CaseNumber getNumber() {
        return number;
    }

    public Channel getChannel() {
        return channel;
    }

    public Customer getCustomer() {
        return customer;
    }

    public CustomerGroup getCustomerGroup() {
        return customerGroup;
    }

    public String getSubject() {
        return subject;
    }

    public String getLanguage() {
        return language;
    }

    /**
     * The customer group this contact was made in, when the contact names one: a property of the
     * contact, not of the person (someone registered once as MEDIA may write as a STUDENT). Without
     * one the case keeps the customer's usual group. Routing and deadlines use the case's group;
     * triage may change it.
     */
    public void contactedAs(CustomerGroup group) {
        if (group != null) {
            this.customerGroup = group;
        }
    }

    /** The channel told us the language of the contact ("sv"/"en"); anything else is not a language we answer in. */
    public void writtenIn(String language) {
        if (language != null && List.of("sv", "en").contains(language.strip().toLowerCase(java.util.Locale.ROOT))) {
            this.language = language.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CaseType getType() {
        return type;
    }

    public Topic getTopic() {
        return topic;
    }

    public Priority getPriority() {
        return priority;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Queue getFrontOffice() {
        return frontOffice;
    }

    public Queue getQueue() {
        return queue;
    }

    public String getAssignee() {
        return assignee;
    }

    public boolean isResolvedAtFirstContact() {
        return resolvedAtFirstContact;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getRoutedCount() {
        return routedCount;
    }

    public Case getFollows() {
        return follows;
    }

    public List<TimelineEntry> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
