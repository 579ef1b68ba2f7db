package se.ingang.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mailbox's message that failed to be taken in, and how often: after a few attempts it goes to
 * the quarantine instead of being retried for ever; while it is here the mailbox is DEGRADED.
 */
@Entity
@Table(name = "mail_intake_failure")
@NamedQuery(name = IntakeFailure.FIND, query = "SELECT f FROM IntakeFailure f WHERE f.mailboxId = :mailbox"
        + " AND f.uidValidity = :validity AND f.uid = :uid")
@NamedQuery(name = IntakeFailure.COUNT_BY_MAILBOX, query = "SELECT f.mailboxId, COUNT(f) FROM IntakeFailure f GROUP BY f.mailboxId")
@NamedQuery(name = IntakeFailure.RESOLVED, query = "DELETE FROM IntakeFailure f WHERE f.mailboxId = :mailbox"
        + " AND f.uidValidity = :validity AND f.uid = :uid")
public class IntakeFailure {

    public static final String FIND = "IntakeFailure.find";
    public static final String COUNT_BY_MAILBOX = "IntakeFailure.countByMailbox";
    public static final String RESOLVED = "IntakeFailure.resolved";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mailbox_id", nullable = false)
    private long mailboxId;

    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;

    @Column(nullable = false)
    private long uid;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_reason", nullable = false, length = 1000)
    private String lastReason;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    protected IntakeFailure() {
    }

    /** The first failed attempt (the row is written at once: its columns must all be known). */
    public IntakeFailure(long mailboxId, long uidValidity, long uid, String reason, Instant at) {
        this.mailboxId = mailboxId;
        this.uidValidity = uidValidity;
        this.uid = uid;
        failedAgain(reason, at);
    }

    /** One more failed attempt; returns how many there were. */
    public int failedAgain(String reason, Instant at) {
        attempts++;
        lastReason = reason == null ? "unknown" : reason.substring(0, Math.min(1000, reason.length()));
        lastAt = at;
        return attempts;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastReason() {
        return lastReason;
    }
}
