package se.ingang.attachments.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.TimelineEntry;

/**
 * A file that came with a case: an attachment or inline image of an e-mail, or a file sent
 * with the web form or a status-page reply. The bytes live in the database, not in a file
 * store: they commit in the same transaction as the case (nothing half-stored after a
 * crash), are backed up and erased with the rest of the case, and size limits keep the
 * table in bounds.
 */
@Entity
@Table(name = "case_attachment")
@NamedQuery(name = CaseAttachment.FIND_BY_CASE, query = "SELECT a FROM CaseAttachment a"
        + " WHERE a.serviceCase.id = :caseId ORDER BY a.id")
public class CaseAttachment {

    public static final String FIND_BY_CASE = "CaseAttachment.findByCase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case serviceCase;

    /** The message on the timeline it came with (null for mail taken in before this was recorded). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "timeline_entry_id")
    private TimelineEntry entry;

    /** The e-mail it came in (null for the web form and status page). */
    @Column(name = "mail_message_id")
    private Long mailMessageId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    /** An inline image's Content-ID (cid: in the HTML body). */
    @Column(name = "content_id", length = 255)
    private String contentId;

    @Column(name = "inline_part", nullable = false)
    private boolean inline;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected CaseAttachment() {
    }

    private CaseAttachment(Case serviceCase, TimelineEntry entry, Long mailMessageId, String fileName, String contentType,
                           String contentId, boolean inline, byte[] content, Instant receivedAt) {
        this.serviceCase = serviceCase;
        this.entry = entry;
        this.mailMessageId = mailMessageId;
        this.fileName = clip(fileName);
        this.contentType = clip(contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType);
        this.contentId = contentId == null ? null : clip(contentId);
        this.inline = inline;
        this.content = content;
        this.size = content.length;
        this.receivedAt = receivedAt;
    }

    /** A file the customer chose on the web form or the status page. */
    public static CaseAttachment uploaded(Case serviceCase, TimelineEntry entry, String fileName, String contentType,
                                          byte[] content, Instant receivedAt) {
        return new CaseAttachment(serviceCase, entry, null, fileName, contentType, null, false, content, receivedAt);
    }

    /** A part of an e-mail: an attachment, or an inline image with its Content-ID. */
    public static CaseAttachment ofMail(Case serviceCase, TimelineEntry entry, long mailMessageId, String fileName,
                                        String contentType, String contentId, boolean inline, byte[] content,
                                        Instant receivedAt) {
        return new CaseAttachment(serviceCase, entry, mailMessageId, fileName, contentType, contentId, inline, content,
                receivedAt);
    }

    private static String clip(String s) {
        return s.length() > 255 ? s.substring(0, 255) : s;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return serviceCase.getId();
    }

    public Long getEntryId() {
        return entry == null ? null : entry.getId();
    }

    public Long getMailMessageId() {
        return mailMessageId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getContentId() {
        return contentId;
    }

    public boolean isInline() {
        return inline;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
