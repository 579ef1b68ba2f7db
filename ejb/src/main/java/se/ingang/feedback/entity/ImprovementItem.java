package se.ingang.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.ingang.platform.errors.StaleVersionException;

/**
 * The "follow up, evaluate, improve" step: a feedback case or a low survey score turned
 * into something to change — cause, action, owner, due date and status.
 */
@Entity
@Table(name = "improvement_item")
public class ImprovementItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false, length = 2000)
    private String cause;

    @Column(nullable = false, length = 2000)
    private String action;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImprovementStatus status = ImprovementStatus.OPEN;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ImprovementItem() {
    }

    public ImprovementItem(String caseNumber, String cause, String action, String owner, LocalDate dueDate,
                           String createdBy, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.cause = cause;
        this.action = action;
        this.owner = owner;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void moveTo(ImprovementStatus next, long expectedVersion, Instant now) {
        if (expectedVersion != version) {
            throw new StaleVersionException("Improvement item " + id, expectedVersion, version);
        }
        status = next;
        closedAt = next == ImprovementStatus.DONE || next == ImprovementStatus.REJECTED ? now : null;
    }

    public boolean isOverdue(LocalDate today) {
        return (status == ImprovementStatus.OPEN || status == ImprovementStatus.IN_PROGRESS) && today.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getCause() {
        return cause;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ImprovementStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
