package se.ingang.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Mail we could not take in: kept raw, with the reason, once per message however often it is
 * fetched, until an administrator retries it, makes a case of it (resolved) or dismisses it
 * (kept, with who and when). Resolved and dismissed entries leave the held list, not the table.
 */
@Entity
@Table(name = "mail_quarantine")
@NamedQuery(name = QuarantinedMail.WITH_KEY, query = "SELECT q FROM QuarantinedMail q WHERE q.contentKey = :key ORDER BY q.id")
@NamedQuery(name = QuarantinedMail.HELD_BY_MAILBOX, query = "SELECT q.mailboxId, COUNT(q) FROM QuarantinedMail q"
        + " WHERE q.released = false AND q.mailboxId IS NOT NULL GROUP BY q.mailboxId")
@NamedQuery(name = QuarantinedMail.BY_UID, query = "SELECT q FROM QuarantinedMail q WHERE q.mailboxId = :mailbox"
        + " AND q.uidValidity = :validity AND q.uid = :uid")
public class QuarantinedMail {

    public static final String BY_UID = "QuarantinedMail.byUid";
    public static final String WITH_KEY = "QuarantinedMail.withKey";

    /** Where an entry stands: held (listed, counts for the mailbox's health), resolved, or dismissed. */
    public enum Status { HELD, RESOLVED, DISMISSED }
    public static final String HELD_BY_MAILBOX = "QuarantinedMail.heldByMailbox";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "mailbox_id")
    private Long mailboxId;

    @Column(name = "uid_validity")
    private Long uidValidity;

    private Long uid;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] raw;

    /** 0: the raw bytes are in {@code raw}; else in this many {@link RawChunk}s. */
    @Column(name = "raw_chunks", nullable = false)
    private int rawChunks;

    @Column(name = "raw_size", nullable = false)
    private long rawSize;

    /** The content hash of the message (ContentKey), so that one message is held once however often it is fetched. */
    @Column(name = "content_key", length = 255)
    private String contentKey;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "retried_at")
    private Instant retriedAt;

    @Column(nullable = false)
    private boolean released;

    @Column(name = "case_id")
    private Long caseId;

    /** From and Subject as far as they could be read (HeaderGlance); null when not even that. */
    @Column(length = 998)
    private String sender;

    @Column(length = 998)
    private String subject;

    /** Intake attempts: the poller's before it gave up, re-fetches of the same message, and retries. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "dismissed_at")
    private Instant dismissedAt;

    @Column(name = "dismissed_by", length = 100)
    private String dismissedBy;

    protected QuarantinedMail() {
    }

    public QuarantinedMail(Long mailboxId, Long uidValidity, Long uid, byte[] raw, String contentKey, String reason, Instant now) {
        this.mailboxId = mailboxId;
        this.uidValidity = uidValidity;
        this.uid = uid;
        this.rawSize = raw.length;
        this.raw = raw.length <= RawChunk.BYTES ? raw : null;
        this.contentKey = contentKey;
        this.reason = reason == null ? "unknown" : reason.substring(0, Math.min(1000, reason.length()));
        this.receivedAt = now;
        this.attempts = 1;
    }

    /** What could be read of From and Subject, shown in the list. */
    public void glanced(String sender, String subject) {
        this.sender = sender;
        this.subject = subject;
    }

    /** How many attempts the poller made before it gave up (at least one). */
    public void attemptedBefore(int attempts) {
        this.attempts = Math.max(1, attempts);
    }

    /** The same message fetched again (another UID, a re-delivery): counted, never a second entry. */
    public void fetchedAgain() {
        attempts++;
    }

    public Status status() {
        if (dismissedAt != null) {
            return Status.DISMISSED;
        }
        return released ? Status.RESOLVED : Status.HELD;
    }

    /** Only a held entry may be retried, made a case of, or dismissed; the others are done. */
    public void requireHeld() {
        if (status() != Status.HELD) {
            throw new se.ingang.platform.errors.ActionNotAllowedException("quarantined mail " + id + " is already "
                    + status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Taken in (a retry, or a case made of it): it leaves the held list; caseId null for a duplicate of mail we have. */
    public void released(Long caseId, String by, Instant now) {
        this.released = true;
        this.caseId = caseId;
        this.resolvedBy = by;
        this.retriedAt = now;
    }

    /** The retry failed again; the new reason replaces the old one. */
    public void stillFailing(String reason, Instant now) {
        this.reason = reason == null ? "unknown" : reason.substring(0, Math.min(1000, reason.length()));
        this.retriedAt = now;
        this.attempts++;
    }

    /** Not mail for a case (spam, a test): out of the held list, but kept as the retention rules say. */
    public void dismissed(String by, Instant now) {
        this.released = true;
        this.dismissedBy = by;
        this.dismissedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMailboxId() {
        return mailboxId;
    }

    public Long getUidValidity() {
        return uidValidity;
    }

    public Long getUid() {
        return uid;
    }

    /** The raw bytes when kept in the row; chunked ones are read with MailArchive.rawOf. */
    public byte[] getRaw() {
        return raw;
    }

    public boolean needsRawChunks() {
        return raw == null && rawChunks == 0 && rawSize > 0;
    }

    public void rawKeptInChunks(int chunks) {
        this.rawChunks = chunks;
    }

    public int getRawChunks() {
        return rawChunks;
    }

    public long getRawSize() {
        return rawSize;
    }

    public String getContentKey() {
        return contentKey;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getRetriedAt() {
        return retriedAt;
    }

    public boolean isReleased() {
        return released;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getDismissedAt() {
        return dismissedAt;
    }

    public String getDismissedBy() {
        return dismissedBy;
    }
}
