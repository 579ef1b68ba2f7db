package se.ingang.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import se.ingang.calendar.boundary.BusinessCalendars;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.control.CaseTrail;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.notifications.boundary.Notifications;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.sla.control.SlaClock;
import se.ingang.sla.control.SlaPolicy;
import se.ingang.sla.control.SlaTargets;
import se.ingang.sla.entity.Deadline;
import se.ingang.sla.entity.DeadlineKind;

/**
 * Keeps a case's deadlines in step with its lifecycle. The case use cases call it after
 * each change (same transaction); the SLA clock process calls {@link #warn} and
 * {@link #breach} when a timer fires. A transfer never restarts the customer's clocks.
 */
@Stateless
public class Deadlines {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    /** An escalation changes the case's priority: it goes into the audit trail. */
    @Inject
    CaseTrail trail;

    @Inject
    ApplicationClock clock;

    /** Counted by operations.boundary.OperationalGauges once the warning or breach commits. */
    @Inject
    jakarta.enterprise.event.Event<SlaAlarm> alarms;

    @Inject
    SlaPolicy policy;

    @Inject
    SlaClock slaClock;

    @Inject
    BusinessCalendars calendars;

    @Inject
    Notifications notifications;

    @Inject
    StaffDirectory staff;

    @Inject
    Organisation organisation;

    public List<Deadline> forCase(long caseId) {
        return em.createNamedQuery(Deadline.FOR_CASE, Deadline.class).setParameter("caseId", caseId).getResultList();
    }

    /** A new case: the customer's targets and the front office's triage leg start now. */
    public void caseRegistered(Case c) {
        var targets = targetsOf(c);
        // The customer's clocks start when the contact arrived, not when we got round to it.
        var received = c.getReceivedAt();
        start(c, DeadlineKind.FIRST_RESPONSE, null, targets.firstResponse(), targets, received);
        start(c, DeadlineKind.RESOLUTION, null, targets.resolution(), targets, received);
        start(c, DeadlineKind.TRIAGE, c.getQueue().getCode(), targets.triage(), targets, received);
        track(c);
    }

    /** A reply to the customer: the first response is given, and a promise to get back is kept. */
    public void customerAnswered(Case c) {
        meet(c, d -> d.getKind() == DeadlineKind.FIRST_RESPONSE || d.getKind() == DeadlineKind.FOLLOW_UP);
        track(c);
    }

    /** Routed or transferred: the leg that had the case ends, the new group's leg starts. */
    public void movedToBackOffice(Case c) {
        meet(c, d -> d.getKind() == DeadlineKind.TRIAGE || d.getKind() == DeadlineKind.HANDLING);
        var targets = targetsOf(c);
        start(c, DeadlineKind.HANDLING, c.getQueue().getCode(), targets.handling(), targets);
        track(c);
    }

    public void returnedToFrontOffice(Case c) {
        meet(c, d -> d.getKind() == DeadlineKind.HANDLING);
        var targets = targetsOf(c);
        start(c, DeadlineKind.TRIAGE, c.getQueue().getCode(), targets.triage(), targets);
        track(c);
    }

    /** Waiting for the customer stops the clocks of the resolution and the current leg. */
    public void waitingForCustomer(Case c) {
        var now = clock.now();
        for (var d : running(c)) {
            if (d.getKind() != DeadlineKind.FOLLOW_UP && d.pause(now)) {
                slaClock.pause(d);
            }
        }
        track(c);
    }

    /** The customer answered: the clocks go on with the business time they had left. */
    public void customerResumed(Case c) {
        var now = clock.now();
        for (var d : open(c)) {
            if (d.resume(now, timeOf(c, d.getKind(), d.getQueueCode()))) {
                slaClock.reschedule(d);
            }
        }
        track(c);
    }

    public void resolved(Case c) {
        meet(c, d -> d.getKind() != DeadlineKind.FOLLOW_UP);
        track(c);
    }

    /** Reopened inside the window: the resolution clock resumes, and a new leg starts where the case is. */
    public void reopened(Case c) {
        var now = clock.now();
        forCase(c.getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.RESOLUTION && d.getMetAt() != null)
                .reduce((first, second) -> second)
                .ifPresent(d -> {
                    if (d.reopen(now, timeOf(c, d.getKind(), null))) {
                        slaClock.reschedule(d);
                    }
                });
        var targets = targetsOf(c);
        if (c.getQueue().isBackOffice()) {
            start(c, DeadlineKind.HANDLING, c.getQueue().getCode(), targets.handling(), targets);
        } else {
            start(c, DeadlineKind.TRIAGE, c.getQueue().getCode(), targets.triage(), targets);
        }
        track(c);
    }

    /** Closed: whatever is still open no longer applies. */
    public void closed(Case c) {
        var now = clock.now();
        for (var d : open(c)) {
            if (d.cancel(now)) {
                slaClock.stop(d);
            }
        }
        track(c);
    }

    /** "I will get back to you by …": a deadline of its own, kept by the next reply. */
    public Deadline promise(Case c, Instant due, String note, String actor) {
        var now = clock.now();
        var targets = targetsOf(c);
        var d = Deadline.promise(c.getId(), c.getNumber().value(), due, note, targets.warningShare(), now,
                timeOf(c, DeadlineKind.FOLLOW_UP, null)).underPolicy(targets.policyVersion());
        em.persist(d);
        em.flush();
        c.recordDeadlineEvent(CaseEvent.FOLLOW_UP_PROMISED, "by " + due + (note == null ? "" : ": " + note), actor, now);
        slaClock.start(d);
        track(c);
        return d;
    }

    /** Warning timer fired: tell whoever has the case. Once only, whatever the job executor does. */
    public void warn(long deadlineId) {
        var d = lockDeadline(deadlineId);
        var now = clock.now();
        if (!d.warn(now)) {
            return;
        }
        var c = em.find(Case.class, d.getCaseId());
        se.ingang.operations.control.LogContext.caseNumber(c.getNumber().value());
        alarms.fire(new SlaAlarm(c.getNumber().value(), d.getKind().name(), false));
        c.recordDeadlineEvent(CaseEvent.SLA_WARNING, describe(d) + " due " + d.getDueAt(), SYSTEM, now);
        String recipient = c.getAssignee() != null ? c.getAssignee() : c.getQueue().getCode();
        notifications.notify(recipient, "SLA_WARNING", c.getNumber().value(),
                describe(d) + " of case " + c.getNumber() + " is due " + d.getDueAt());
    }

    /** Breach timer fired: recorded for good, the group and the managers are told. */
    public void breach(long deadlineId) {
        var d = lockDeadline(deadlineId);
        var now = clock.now();
        if (!d.breach(now)) {
            return;
        }
        var c = em.find(Case.class, d.getCaseId());
        se.ingang.operations.control.LogContext.caseNumber(c.getNumber().value());
        alarms.fire(new SlaAlarm(c.getNumber().value(), d.getKind().name(), true));
        c.recordDeadlineEvent(CaseEvent.SLA_BREACHED, describe(d) + " was due " + d.getDueAt(), SYSTEM, now);
        if (d.getKind() == DeadlineKind.FIRST_RESPONSE || d.getKind() == DeadlineKind.RESOLUTION) {
            var before = trail.snapshot(c);
            if (c.escalate(describe(d) + " breached", SYSTEM, now)) {
                trail.changed("ESCALATED", before, c, SYSTEM);
            }
        }
        String message = describe(d) + " of case " + c.getNumber() + " was missed (due " + d.getDueAt() + ")";
        notifications.notify(c.getQueue().getCode(), "SLA_BREACH", c.getNumber().value(), message);
        for (var manager : staff.usersWithRole(StaffRole.MANAGER)) {
            notifications.notify(manager.getUsername(), "SLA_BREACH", c.getNumber().value(), message);
        }
    }

    private void start(Case c, DeadlineKind kind, String queue, Duration target, SlaTargets targets) {
        start(c, kind, queue, target, targets, clock.now());
    }

    private void start(Case c, DeadlineKind kind, String queue, Duration target, SlaTargets targets, Instant from) {
        var d = Deadline.start(c.getId(), c.getNumber().value(), kind, queue, target, targets.warningShare(),
                from, timeOf(c, kind, queue)).underPolicy(targets.policyVersion());
        em.persist(d);
        em.flush();
        slaClock.start(d);
    }

    /**
     * The targets under the policy version the case was registered under (stored on its
     * deadlines), for the case as it is now (its type, priority, group may have changed at
     * triage): a changed table applies to new cases only. A case without a stored version
     * (deadlines older than V231 kept NULL only where no table was deployed) gets the latest.
     */
    private SlaTargets targetsOf(Case c) {
        String version = c.getId() == null ? null : em.createNamedQuery(Deadline.POLICY_VERSION_OF_CASE, String.class)
                .setParameter("caseId", c.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return policy.targetsFor(c.getType(), c.getPriority(), c.getCustomerGroup(), c.getChannel(), version);
    }

    /**
     * The calendar a deadline counts in: a leg counts in its group's opening hours; the
     * customer's targets and promises in those of the front office that answers them.
     */
    private BusinessTime timeOf(Case c, DeadlineKind kind, String queueCode) {
        if (queueCode != null && (kind == DeadlineKind.TRIAGE || kind == DeadlineKind.HANDLING)) {
            return calendars.byCode(organisation.queue(queueCode).getCalendarCode());
        }
        return calendars.byCode(c.getFrontOffice().getCalendarCode());
    }

    /** The case shows its earliest running customer deadline (for queues: time left, colour, sorting). */
    private void track(Case c) {
        c.trackDueAt(open(c).stream()
                .filter(Deadline::isRunning)
                .filter(d -> d.getKind() == DeadlineKind.FIRST_RESPONSE || d.getKind() == DeadlineKind.RESOLUTION
                        || d.getKind() == DeadlineKind.FOLLOW_UP)
                .map(Deadline::getDueAt)
                .min(Comparator.naturalOrder())
                .orElse(null));
    }

    private void meet(Case c, Predicate<Deadline> which) {
        var now = clock.now();
        for (var d : open(c)) {
            if (which.test(d) && d.meet(now)) {
                slaClock.stop(d);
            }
        }
    }

    private List<Deadline> open(Case c) {
        return em.createNamedQuery(Deadline.RUNNING_FOR_CASE, Deadline.class).setParameter("caseId", c.getId()).getResultList();
    }

    private List<Deadline> running(Case c) {
        return open(c).stream().filter(Deadline::isRunning).toList();
    }

    /** Locks the deadline's case first, then the deadline: the order the lifecycle's jobs lock in (CaseRouting). */
    private Deadline lockDeadline(long id) {
        em.createQuery("SELECT d.caseId FROM Deadline d WHERE d.id = :id", Long.class).setParameter("id", id)
                .getResultStream().findFirst()
                .ifPresent(caseId -> em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE));
        var d = em.find(Deadline.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException("Deadline", id);
        }
        return d;
    }

    private static String describe(Deadline d) {
        return switch (d.getKind()) {
            case FIRST_RESPONSE -> "First response";
            case RESOLUTION -> "Resolution";
            case TRIAGE -> "Triage in " + d.getQueueCode();
            case HANDLING -> "Handling in " + d.getQueueCode();
            case FOLLOW_UP -> "Promised follow-up";
        };
    }

}
