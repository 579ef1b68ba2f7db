package se.ingang.telephony.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import se.ingang.cases.entity.Case;
import se.ingang.platform.errors.ActionNotAllowedException;

/**
 * One call into a phone queue, once per call id whatever the source reported it how often.
 * The caller number is stored normalised, or null when it was hidden. A case registered
 * from the (answered) call is linked here.
 */
@Entity
@Table(name = "call_record")
@NamedQuery(name = CallRecord.FIND_BY_CALL_ID, query = "SELECT r FROM CallRecord r JOIN FETCH r.phoneQueue WHERE r.callId = :callId")
@NamedQuery(name = CallRecord.IN_PERIOD, query = "SELECT r FROM CallRecord r WHERE r.phoneQueue = :queue"
        + " AND r.startedAt >= :from AND r.startedAt < :to ORDER BY r.startedAt")
public class CallRecord {

    public static final String FIND_BY_CALL_ID = "CallRecord.findByCallId";
    public static final String IN_PERIOD = "CallRecord.inPeriod";

    /** What recording a call did. */
    public enum Effect {
        RECORDED,
        /** Reported before, nothing new. */
        DUPLICATE,
        /** Reported before; this report completed it (agent, times, or a missed call answered after all). */
        UPDATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "call_id", nullable = false, unique = true, length = 100)
    private String callId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "phone_queue_id")
    private PhoneQueue phoneQueue;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "caller_number", length = 40)
    private String callerNumber;

    @Column(name = "called_number", length = 40)
    private String calledNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CallOutcome outcome;

    @Column(name = "wait_seconds", nullable = false)
    private int waitSeconds;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @Column(length = 100)
    private String agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CallSource source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case registeredCase;

    protected CallRecord() {
    }

    public CallRecord(CallData call, PhoneQueue queue, CallSource source, Instant now) {
        this.callId = call.callId();
        this.phoneQueue = queue;
        this.startedAt = call.startedAt();
        this.callerNumber = PhoneNumbers.identifiable(call.callerNumber());
        this.calledNumber = PhoneNumbers.normalise(call.calledNumber());
        this.outcome = call.outcome();
        this.waitSeconds = call.waitSeconds();
        this.durationSeconds = call.durationSeconds();
        this.agent = blankToNull(call.agent());
        this.source = source;
        this.recordedAt = now;
    }

    /**
     * A later report of the same call. It may complete the record (agent, wait, duration) and
     * turn a missed call into an answered one (picked up after an overflow); it may not move
     * the call to another time, caller or queue, nor un-answer an answered call.
     */
    public Effect reportedAgain(CallData call, PhoneQueue queue) {
        if (!startedAt.equals(call.startedAt()) || !Objects.equals(callerNumber, PhoneNumbers.identifiable(call.callerNumber()))
                || !phoneQueue.getCode().equals(queue.getCode())) {
            throw new ActionNotAllowedException("Call " + callId + " was recorded with another start time, caller or queue");
        }
        if (outcome == CallOutcome.ANSWERED && call.outcome() == CallOutcome.MISSED) {
            throw new ActionNotAllowedException("Call " + callId + " was answered; a later report cannot make it missed");
        }
        String laterAgent = blankToNull(call.agent());
        boolean changed = outcome != call.outcome() || waitSeconds != call.waitSeconds()
                || durationSeconds != call.durationSeconds() || (laterAgent != null && !laterAgent.equals(agent));
        if (!changed) {
            return Effect.DUPLICATE;
        }
        outcome = call.outcome();
        waitSeconds = call.waitSeconds();
        durationSeconds = call.durationSeconds();
        if (laterAgent != null) {
            agent = laterAgent;
        }
        return Effect.UPDATED;
    }

    /** An agent registered the call as a case; one case per call. */
    public void linkCase(Case c) {
        if (outcome != CallOutcome.ANSWERED) {
            throw new ActionNotAllowedException("Call " + callId + " was missed; its callback case is registered automatically");
        }
        if (registeredCase != null) {
            throw new ActionNotAllowedException("Call " + callId + " is already registered as case " + registeredCase.getNumber());
        }
        registeredCase = c;
    }

    public boolean isMissed() {
        return outcome == CallOutcome.MISSED;
    }

    /** A missed caller we can call back: their number was not hidden. */
    public boolean needsCallback() {
        return isMissed() && callerNumber != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCallId() {
        return callId;
    }

    public PhoneQueue getPhoneQueue() {
        return phoneQueue;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public String getCalledNumber() {
        return calledNumber;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public int getWaitSeconds() {
        return waitSeconds;
    }

    public int getDurationSeconds() {
        return durationSeconds;
    }

    public String getAgent() {
        return agent;
    }

    public CallSource getSource() {
        return source;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Case getRegisteredCase() {
        return registeredCase;
    }
}
