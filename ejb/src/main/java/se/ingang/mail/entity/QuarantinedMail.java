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
@NamedQuery(name = QuarantinedMail.BY_UID, query = "SELECT q FROM QuarantinedMail q WHERE q.mailboxId = :mailbox"
        + " AND q.uidValidity = :validity AND q.uid = :uid")
public class QuarantinedMail {

    public static final String HELD = "QuarantinedMail.held";
    public static final String BY_UID = "QuarantinedMail.byUid";

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
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] raw;

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

    public QuarantinedMail(Long mailboxId, Long uidValidity, Long uid, byte[] raw, String reason, Instant now) {
        this.mailboxId = mailboxId;
        this.uidValidity = uidValidity;
        this.uid = uid;
        this.raw = raw;
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

    public byte[] getRaw() {
        return raw;
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
