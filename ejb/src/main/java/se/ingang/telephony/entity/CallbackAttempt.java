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
import java.time.Instant;

/** One try at calling a missed caller back; counted for the answer-rate figures ("callbacks made"). */
@Entity
@Table(name = "phone_callback_attempt")
@NamedQuery(name = CallbackAttempt.COUNT_IN_PERIOD, query = "SELECT COUNT(a) FROM CallbackAttempt a"
        + " WHERE a.callback.phoneQueue = :queue AND a.attemptedAt >= :from AND a.attemptedAt < :to")
public class CallbackAttempt {

    public static final String COUNT_IN_PERIOD = "CallbackAttempt.countInPeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "callback_id")
    private Callback callback;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CallbackOutcome outcome;

    @Column(nullable = false, length = 100)
    private String agent;

    @Column(length = 2000)
    private String note;

    protected CallbackAttempt() {
    }

    CallbackAttempt(Callback callback, CallbackOutcome outcome, String note, String agent, Instant at) {
        this.callback = callback;
        this.outcome = outcome;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.agent = agent;
        this.attemptedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public CallbackOutcome getOutcome() {
        return outcome;
    }

    public String getAgent() {
        return agent;
    }

    public String getNote() {
        return note;
    }
}
