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

/**
 * An attachment or inline image of a message, kept with its case. The bytes live in the
 * database, not in a file store: they commit in the same transaction as the case (nothing
 * half-stored after a crash), are backed up and erased with the rest of the case, and
 * the size limit keeps the table in bounds.
 */
@Entity
@Table(name = "mail_attachment")
@NamedQuery(name = MailAttachment.FOR_CASE, query = "SELECT a FROM MailAttachment a WHERE a.caseId = :caseId ORDER BY a.id")
public class MailAttachment {

    public static final String FOR_CASE = "MailAttachment.forCase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mail_message_id", nullable = false)
    private long mailMessageId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    @Column(name = "content_id", length = 255)
    private String contentId;

    @Column(name = "inline_part", nullable = false)
    private boolean inline;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected MailAttachment() {
    }

    public MailAttachment(long mailMessageId, Long caseId, String fileName, String contentType, String contentId,
                          boolean inline, byte[] content) {
        this.mailMessageId = mailMessageId;
        this.caseId = caseId;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.contentType = contentType.length() > 255 ? contentType.substring(0, 255) : contentType;
        this.contentId = contentId;
        this.inline = inline;
        this.size = content.length;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public long getMailMessageId() {
        return mailMessageId;
    }

    public Long getCaseId() {
        return caseId;
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
}
