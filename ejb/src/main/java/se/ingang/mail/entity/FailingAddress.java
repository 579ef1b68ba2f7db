package se.ingang.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer address our mail bounced from: staff see it, and no automatic receipt goes there. */
@Entity
@Table(name = "mail_failing_address")
public class FailingAddress {

    @Id
    @Column(length = 254)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "case_id")
    private Long caseId;

    protected FailingAddress() {
    }

    public FailingAddress(String address, Instant failedAt, String reason, Long caseId) {
        this.address = address;
        update(failedAt, reason, caseId);
    }

    public void update(Instant failedAt, String reason, Long caseId) {
        this.failedAt = failedAt;
        this.reason = reason == null ? null : reason.substring(0, Math.min(1000, reason.length()));
        this.caseId = caseId;
    }

    public String getAddress() {
        return address;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getCaseId() {
        return caseId;
    }
}
