package se.ingang.customers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Two customer records that may be one person, for a person to decide (the merge itself is
 * POST /api/customer-records/{id}/merge). Written by migrations (V261, phone numbers); open while
 * both records are live. Holds ids only, so an erased person leaves nothing personal here.
 */
@Entity
@Table(name = "customer_merge_suggestion")
@NamedQuery(name = MergeSuggestion.OPEN, query = "SELECT s FROM MergeSuggestion s"
        + " WHERE EXISTS (SELECT c FROM Customer c WHERE c.id = s.customerId AND c.mergedInto IS NULL AND c.erasedAt IS NULL)"
        + " AND EXISTS (SELECT o FROM Customer o WHERE o.id = s.otherCustomerId AND o.mergedInto IS NULL AND o.erasedAt IS NULL)"
        + " ORDER BY s.suggestedAt, s.id")
public class MergeSuggestion {

    public static final String OPEN = "MergeSuggestion.open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "other_customer_id", nullable = false)
    private long otherCustomerId;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "suggested_at", nullable = false)
    private Instant suggestedAt;

    protected MergeSuggestion() {
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getOtherCustomerId() {
        return otherCustomerId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getSuggestedAt() {
        return suggestedAt;
    }
}
