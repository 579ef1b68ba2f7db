package se.ingang.publicform.entity;

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

/** A file the customer sent with a message; kept with the case and the message it came with. */
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "timeline_entry_id")
    private TimelineEntry entry;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

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

    public CaseAttachment(Case serviceCase, TimelineEntry entry, String fileName, String contentType, byte[] content,
                          Instant receivedAt) {
        this.serviceCase = serviceCase;
        this.entry = entry;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entry == null ? null : entry.getId();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }
}
