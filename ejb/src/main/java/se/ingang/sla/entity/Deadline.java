package se.ingang.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import se.ingang.calendar.control.BusinessTime;

/**
 * One deadline of a case, measured in business time. It is computed when it starts and
 * stored, so a later policy change leaves it alone; waiting for the customer pauses it
 * and resuming shifts it by exactly the business time spent waiting. A breach is kept
 * for good (reports depend on it), even if the case is later resolved.
 */
@Entity
@Table(name = "case_deadline")
@NamedQuery(name = Deadline.FOR_CASE, query = "SELECT d FROM Deadline d WHERE d.caseId = :caseId ORDER BY d.startedAt, d.id")
@NamedQuery(name = Deadline.RUNNING_FOR_CASE, query = "SELECT d FROM Deadline d WHERE d.caseId = :caseId AND d.metAt IS NULL AND d.cancelledAt IS NULL ORDER BY d.id")
@NamedQuery(name = Deadline.POLICY_VERSION_OF_CASE, query = "SELECT d.policyVersion FROM Deadline d WHERE d.caseId = :caseId"
        + " AND d.policyVersion IS NOT NULL ORDER BY d.id")
public class Deadline {

    public static final String FOR_CASE = "Deadline.forCase";
    /** The version the case was registered under: its first deadline's. */
    public static final String POLICY_VERSION_OF_CASE = "Deadline.policyVersionOfCase";
    public static final String RUNNING_FOR_CASE = "Deadline.runningForCase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeadlineKind kind;

    /** The back-office group of a HANDLING leg; null otherwise. */
    @Column(name = "queue_code", length = 64)
    private String queueCode;

    /** The business time allowed, e.g. PT8H. */
    @Column(name = "target_seconds", nullable = false)
    private long targetSeconds;

    @Column(name = "warning_share", nullable = false)
    private double warningShare;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "warning_at", nullable = false)
    private Instant warningAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(length = 500)
    private String note;

    /** The SLA policy (decision table version, "slaPolicy:3") whose targets this deadline and its case's later legs use. */
    @Column(name = "policy_version", length = 40, updatable = false)
    private String policyVersion;

    protected Deadline() {
    }

    public static Deadline start(long caseId, String caseNumber, DeadlineKind kind, String queueCode,
                                 Duration target, double warningShare, Instant now, BusinessTime time) {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("a deadline needs a positive target");
        }
        var d = new Deadline();
        d.caseId = caseId;
        d.caseNumber = caseNumber;
        d.kind = kind;
        d.queueCode = queueCode;
        d.targetSeconds = target.toSeconds();
        d.warningShare = warningShare;
        d.startedAt = now;
        d.schedule(now, target, time);
        return d;
    }

    /** Records the policy version the targets came from (set once, before the deadline is stored). */
    public Deadline underPolicy(String version) {
        this.policyVersion = version;
        return this;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    /** A promise to the customer for a given instant; its warning comes at the same share of the business time left. */
    public static Deadline promise(long caseId, String caseNumber, Instant due, String note, double warningShare,
                                   Instant now, BusinessTime time) {
        if (!due.isAfter(now)) {
            throw new IllegalArgumentException("a promise must lie in the future");
        }
        var target = time.between(now, due);
        var d = new Deadline();
        d.caseId = caseId;
        d.caseNumber = caseNumber;
        d.kind = DeadlineKind.FOLLOW_UP;
        d.targetSeconds = Math.max(1, target.toSeconds());
        d.warningShare = warningShare;
        d.startedAt = now;
        d.dueAt = due;
        d.warningAt = target.isZero() ? due : time.plus(now, scaled(target, warningShare));
        d.note = note;
        return d;
    }

    private void schedule(Instant from, Duration remaining, BusinessTime time) {
        dueAt = time.plus(from, remaining);
        var target = Duration.ofSeconds(targetSeconds);
        var warnAfter = scaled(target, warningShare);
        var alreadyUsed = target.minus(remaining);
        warningAt = warnAfter.compareTo(alreadyUsed) <= 0 ? from : time.plus(from, warnAfter.minus(alreadyUsed));
    }

    private static Duration scaled(Duration d, double share) {
        return Duration.ofSeconds(Math.round(d.toSeconds() * share));
    }

    public boolean isRunning() {
        return metAt == null && cancelledAt == null && pausedAt == null;
    }

    public boolean isOpen() {
        return metAt == null && cancelledAt == null;
    }

    public boolean isPaused() {
        return pausedAt != null && isOpen();
    }

    /** The clock stops while we wait for the customer. */
    public boolean pause(Instant now) {
        if (!isRunning()) {
            return false;
        }
        pausedAt = now;
        return true;
    }

    /** The clock goes on: the business time left at the pause is counted from now. */
    public boolean resume(Instant now, BusinessTime time) {
        if (!isPaused()) {
            return false;
        }
        var remaining = time.between(pausedAt, dueAt);
        if (!dueAt.isAfter(pausedAt)) {
            remaining = Duration.ZERO;
        }
        pausedAt = null;
        if (remaining.isZero()) {
            return true;
        }
        schedule(now, remaining, time);
        return true;
    }

    public boolean meet(Instant now) {
        if (!isOpen()) {
            return false;
        }
        metAt = now;
        pausedAt = null;
        return true;
    }

    /** The case went back to a state where the promise is open again (reopened). */
    public boolean reopen(Instant now, BusinessTime time) {
        if (metAt == null || cancelledAt != null) {
            return false;
        }
        var remaining = metAt.isBefore(dueAt) ? time.between(metAt, dueAt) : Duration.ZERO;
        metAt = null;
        if (!remaining.isZero()) {
            schedule(now, remaining, time);
        }
        return true;
    }

    /** The leg no longer applies (e.g. the case left the group): not met, not breached. */
    public boolean cancel(Instant now) {
        if (!isOpen()) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    /** Records the warning once; a timer job that runs twice changes nothing the second time. */
    public boolean warn(Instant now) {
        if (warnedAt != null || !isRunning()) {
            return false;
        }
        warnedAt = now;
        return true;
    }

    /** Records the breach once, for good. */
    public boolean breach(Instant now) {
        if (breachedAt != null || !isRunning() || now.isBefore(dueAt)) {
            return false;
        }
        breachedAt = now;
        return true;
    }

    /** How late the deadline was met or is now (zero when on time). */
    public Duration overdueBy(Instant now) {
        var end = metAt != null ? metAt : now;
        return end.isAfter(dueAt) ? Duration.between(dueAt, end) : Duration.ZERO;
    }

    public boolean wasKept() {
        return metAt != null && !metAt.isAfter(dueAt) && breachedAt == null;
    }

    /** GDPR erasure: a promise's note may name the person. */
    public void erasePersonalData() {
        note = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public String getQueueCode() {
        return queueCode;
    }

    public Duration getTarget() {
        return Duration.ofSeconds(targetSeconds);
    }

    public double getWarningShare() {
        return warningShare;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getWarningAt() {
        return warningAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public String getNote() {
        return note;
    }
}
