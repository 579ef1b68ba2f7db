package se.ingang.telephony.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.ingang.cases.entity.Case;

/**
 * "Ring tillbaka": the callback owed to one caller number for one day. However often the
 * number missed us that day, there is one callback and one case; each further missed call
 * is counted and shown on the case's timeline. Attempts record what agents got.
 */
@Entity
@Table(name = "phone_callback")
@NamedQuery(name = Callback.FIND_BY_NUMBER_AND_DAY, query = "SELECT b FROM Callback b"
        + " WHERE b.callerNumber = :number AND b.callDate = :day")
@NamedQuery(name = Callback.FIND_BY_CASE_NUMBER, query = "SELECT b FROM Callback b"
        + " JOIN FETCH b.phoneQueue WHERE b.serviceCase.number.value = :number")
public class Callback {

    public static final String FIND_BY_NUMBER_AND_DAY = "Callback.findByNumberAndDay";
    public static final String FIND_BY_CASE_NUMBER = "Callback.findByCaseNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "caller_number", nullable = false, length = 40)
    private String callerNumber;

    /** The day of the missed calls, in the business's time zone (Europe/Stockholm). */
    @Column(name = "call_date", nullable = false)
    private LocalDate callDate;

    /** The queue of the first missed call that day: its front office calls back. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "phone_queue_id")
    private PhoneQueue phoneQueue;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case serviceCase;

    @Column(name = "missed_calls", nullable = false)
    private int missedCalls;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @OneToMany(mappedBy = "callback", cascade = CascadeType.ALL)
    @OrderBy("attemptedAt ASC, id ASC")
    private List<CallbackAttempt> attemptLog = new ArrayList<>();

    protected Callback() {
    }

    public Callback(String callerNumber, LocalDate callDate, PhoneQueue phoneQueue, Case serviceCase, Instant now) {
        this.callerNumber = callerNumber;
        this.callDate = callDate;
        this.phoneQueue = phoneQueue;
        this.serviceCase = serviceCase;
        this.missedCalls = 1;
        this.createdAt = now;
    }

    /**
     * Another missed call from the same number the same day. It lands on the day's case, or
     * on the follow-up case that replaced a closed one; either way the callback is owed again.
     */
    public void missedAgain(Case landedOn) {
        missedCalls++;
        serviceCase = landedOn;
        resolvedAt = null;
    }

    public CallbackAttempt attempt(CallbackOutcome outcome, String note, String agent, Instant now) {
        var attempt = new CallbackAttempt(this, outcome, note, agent, now);
        attemptLog.add(attempt);
        attempts++;
        if (outcome == CallbackOutcome.RESOLVED) {
            resolvedAt = now;
        }
        return attempt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public LocalDate getCallDate() {
        return callDate;
    }

    public PhoneQueue getPhoneQueue() {
        return phoneQueue;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public int getMissedCalls() {
        return missedCalls;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<CallbackAttempt> getAttemptLog() {
        return Collections.unmodifiableList(attemptLog);
    }
}
