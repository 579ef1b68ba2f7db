package se.ingang.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to a case, by whom and when. Entries are never changed. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case serviceCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TimelineEntryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private CaseEvent event;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Lob
    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(length = 500)
    private String detail;

    /** The version the writing command started from; null for a case's registration and for entries older than V230. */
    @Column(name = "case_version", updatable = false)
    private Long caseVersion;

    protected TimelineEntry() {
    }

    TimelineEntry(Case serviceCase, TimelineEntryKind kind, CaseEvent event, String author,
                  Instant occurredAt, String body, String detail) {
        this.serviceCase = serviceCase;
        this.kind = kind;
        this.event = event;
        this.author = author;
        this.occurredAt = occurredAt;
        this.body = body;
        this.detail = detail;
        // A new case's own entries (its registration) precede every view of it: no version to name them by.
        this.caseVersion = serviceCase.getId() == null ? null : serviceCase.getVersion();
    }

    /**
     * The one change an entry allows: erasing personal data. Messages and notes lose their
     * text; events keep what happened and when, and lose free text that may name someone.
     */
    void erasePersonalData() {
        body = null;
        if (kind != TimelineEntryKind.EVENT || event == CaseEvent.FOLLOW_UP_PROMISED || event == CaseEvent.REGISTERED) {
            detail = null;
        }
    }

    public Long getId() {
        return id;
    }

    public TimelineEntryKind getKind() {
        return kind;
    }

    public CaseEvent getEvent() {
        return event;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getBody() {
        return body;
    }

    /** Written by a command that started from this case version or a later one (what a stale caller missed). */
    public boolean writtenSince(long caseVersion) {
        return this.caseVersion != null && this.caseVersion >= caseVersion;
    }

    public String getDetail() {
        return detail;
    }
}
