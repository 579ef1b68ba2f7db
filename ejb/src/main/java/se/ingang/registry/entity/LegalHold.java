package se.ingang.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ingang.cases.entity.Case;
import se.ingang.platform.errors.InvalidInputException;

/**
 * A case that must be kept whatever the retention rules say (a dispute, an appeal, a
 * request from an authority): not anonymised, not erased, until the hold is lifted.
 */
@Entity
@Table(name = "case_legal_hold")
@NamedQuery(name = LegalHold.OF_CASE, query = "SELECT h FROM LegalHold h WHERE h.serviceCase.id = :caseId")
public class LegalHold {

    public static final String OF_CASE = "LegalHold.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", unique = true)
    private Case serviceCase;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    protected LegalHold() {
    }

    public LegalHold(Case serviceCase, String reason, Instant placedAt, String placedBy) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the case must be kept");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "at most 500 characters");
        }
        this.serviceCase = serviceCase;
        this.reason = reason.strip();
        this.placedAt = placedAt;
        this.placedBy = placedBy;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public String getReason() {
        return reason;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getPlacedBy() {
        return placedBy;
    }
}
