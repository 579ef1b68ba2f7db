package se.ingang.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One message in or out, with its raw bytes. Its key (Message-ID, or a hash of the raw
 * bytes) is unique, which is what makes intake exactly-once across mailboxes and re-fetches.
 * Outbound messages are written in the transaction of the case change (PENDING) and sent
 * after it commits (SENT), so a rolled-back reply is never mailed.
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(name = MailMessage.BY_KEY, query = "SELECT m FROM MailMessage m WHERE m.messageKey = :key")
@NamedQuery(name = MailMessage.BY_MESSAGE_IDS, query = "SELECT m FROM MailMessage m WHERE m.messageId IN :ids"
        + " AND m.caseId IS NOT NULL ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = MailMessage.FOR_CASE, query = "SELECT m FROM MailMessage m WHERE m.caseId = :caseId"
        + " ORDER BY m.createdAt, m.id")
@NamedQuery(name = MailMessage.PENDING, query = "SELECT m FROM MailMessage m WHERE m.direction = :direction"
        + " AND m.status = :status AND m.createdAt < :before ORDER BY m.id")
@NamedQuery(name = MailMessage.RECEIPTS_SINCE, query = "SELECT COUNT(m) FROM MailMessage m"
        + " WHERE m.kind = :kind AND m.recipient = :recipient AND m.createdAt > :since")
public class MailMessage {

    public static final String BY_KEY = "MailMessage.byKey";
    public static final String BY_MESSAGE_IDS = "MailMessage.byMessageIds";
    public static final String FOR_CASE = "MailMessage.forCase";
    public static final String PENDING = "MailMessage.pending";
    public static final String RECEIPTS_SINCE = "MailMessage.receiptsSince";

    /** Which way the message went. */
    public enum Direction { IN, OUT }

    /** Received, waiting to be sent, sent, or given up. */
    public enum Status { RECEIVED, PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailKind kind;

    @Column(name = "message_key", nullable = false, length = 255)
    private String messageKey;

    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(name = "in_reply_to", length = 998)
    private String inReplyTo;

    @Column(name = "references_header", columnDefinition = "TEXT")
    private String references;

    @Column(name = "mailbox_id")
    private Long mailboxId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(length = 254)
    private String sender;

    @Column(length = 254)
    private String recipient;

    @Column(length = 500)
    private String subject;

    @Lob
    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Lob
    @Column(name = "html_body", columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] raw;

    /** 0: the raw bytes are in {@code raw}; else in this many {@link RawChunk}s (large messages). */
    @Column(name = "raw_chunks", nullable = false)
    private int rawChunks;

    @Column(name = "raw_size")
    private Long rawSize;

    /** The From header as it came, for the record when the sender address had to be picked out of it. */
    @Column(name = "from_header", length = 998)
    private String fromHeader;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** For noise: the rule that made it noise, shown in the noise log (null for mail before V220). */
    @Column(name = "noise_reason", length = 200)
    private String noiseReason;

    /** Noise an administrator made a case of anyway (a false positive): once, by whom. */
    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "promoted_by", length = 100)
    private String promotedBy;

    protected MailMessage() {
    }

    /** A message we received and stored before deciding what it does. */
    public static MailMessage received(String key, String messageId, String inReplyTo, String references, Long mailboxId,
                                       MailKind kind, String sender, String subject, String body, String htmlBody,
                                       byte[] raw, Instant now) {
        var m = new MailMessage();
        m.direction = Direction.IN;
        m.status = Status.RECEIVED;
        m.messageKey = key;
        m.messageId = messageId;
        m.inReplyTo = clip(inReplyTo, 998);
        m.references = references;
        m.mailboxId = mailboxId;
        m.kind = kind;
        m.sender = clip(sender, 254);
        m.subject = clip(subject, 500);
        // The raw message keeps everything; the texts are clipped so the row stays far below a packet.
        m.body = clip(body, TEXT_MAX);
        m.htmlBody = clip(htmlBody, TEXT_MAX);
        m.rawSize = raw == null ? null : (long) raw.length;
        m.raw = raw == null || raw.length <= RawChunk.BYTES ? raw : null;
        m.createdAt = now;
        return m;
    }

    /** A message to send once the transaction that decided to send it has committed. */
    public static MailMessage outbound(String messageId, MailKind kind, long caseId, String recipient, String subject,
                                       String body, String inReplyTo, String references, Instant now) {
        var m = new MailMessage();
        m.direction = Direction.OUT;
        m.status = Status.PENDING;
        m.messageKey = clip(messageId, 255);
        m.messageId = messageId;
        m.kind = kind;
        m.caseId = caseId;
        m.recipient = clip(recipient, 254);
        m.subject = clip(subject, 500);
        m.body = body;
        m.inReplyTo = clip(inReplyTo, 998);
        m.references = references;
        m.createdAt = now;
        return m;
    }

    /** Longest text or HTML body kept in the row (characters). */
    public static final int TEXT_MAX = 1_000_000;

    /** Whether the raw bytes still have to be written as chunks (too large for the row). */
    public boolean needsRawChunks() {
        return raw == null && rawSize != null && rawChunks == 0;
    }

    public void rawKeptInChunks(int chunks) {
        this.rawChunks = chunks;
    }

    public void keepFromHeader(String header) {
        this.fromHeader = clip(header, 998);
    }

    public void noiseBecause(String reason) {
        this.noiseReason = clip(reason, 200);
    }

    /**
     * An administrator judged this noise a person's mail: it goes the way customer mail goes, once.
     * Refused for anything but received noise, and for noise already made a case of.
     */
    public void promote(String by, Instant now) {
        if (direction != Direction.IN || !kind.isNoise()) {
            throw new se.ingang.platform.errors.ActionNotAllowedException("message " + id + " is not noise");
        }
        if (promotedAt != null) {
            throw new se.ingang.platform.errors.ActionNotAllowedException("message " + id + " was already made a case by " + promotedBy);
        }
        this.promotedAt = now;
        this.promotedBy = clip(by, 100);
    }

    public String getNoiseReason() {
        return noiseReason;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public String getPromotedBy() {
        return promotedBy;
    }

    public void belongsTo(long caseId) {
        this.caseId = caseId;
    }

    public void sent(byte[] raw, Instant now) {
        this.raw = raw;
        this.status = Status.SENT;
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
    }

    /** A failed attempt; after five the message is given up (and shows as FAILED). */
    public void sendFailed(String error) {
        attempts++;
        lastError = clip(error, 1000);
        if (attempts >= 5) {
            status = Status.FAILED;
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferences() {
        return references;
    }

    public Long getMailboxId() {
        return mailboxId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getSender() {
        return sender;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    /** The raw bytes when kept in the row; for chunked ones (getRawChunks() &gt; 0) read them with MailArchive.rawOf. */
    public byte[] getRaw() {
        return raw;
    }

    public int getRawChunks() {
        return rawChunks;
    }

    public Long getRawSize() {
        return rawSize;
    }

    public String getFromHeader() {
        return fromHeader;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
