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

/** Mail we could not take in: kept raw, with the reason, until an administrator retries it. */
@Entity
@Table(name = "mail_quarantine")
@NamedQuery(name = QuarantinedMail.HELD, query = "SELECT q FROM QuarantinedMail q WHERE q.released = false ORDER BY q.receivedAt DESC, q.id DESC")
@NamedQuery(name = QuarantinedMail.HELD_WITH_KEY, query = "SELECT q FROM QuarantinedMail q WHERE q.contentKey = :key AND q.released = false")
@NamedQuery(name = QuarantinedMail.HELD_BY_MAILBOX, query = "SELECT q.mailboxId, COUNT(q) FROM QuarantinedMail q"
        + " WHERE q.released = false AND q.mailboxId IS NOT NULL GROUP BY q.mailboxId")
@NamedQuery(name = QuarantinedMail.BY_UID, query = "SELECT q FROM QuarantinedMail q WHERE q.mailboxId = :mailbox"
        + " AND q.uidValidity = :validity AND q.uid = :uid")
public class QuarantinedMail {

    public static final String HELD = "QuarantinedMail.held";
    public static final String BY_UID = "QuarantinedMail.byUid";
    public static final String HELD_WITH_KEY = "QuarantinedMail.heldWithKey";
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
    }

    /** The retry took it in; it leaves the quarantine list. */
    public void released(Long caseId, Instant now) {
        this.released = true;
        this.caseId = caseId;
        this.retriedAt = now;
    }

    /** The retry failed again; the new reason replaces the old one. */
    public void stillFailing(String reason, Instant now) {
        this.reason = reason == null ? "unknown" : reason.substring(0, Math.min(1000, reason.length()));
        this.retriedAt = now;
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
}
