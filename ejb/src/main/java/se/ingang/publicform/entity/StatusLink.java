package se.ingang.publicform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ingang.cases.entity.Case;

/**
 * A customer's private link to a case's status page. Only the hash of the token is kept;
 * the token itself exists in the customer's receipt mail and nowhere else.
 */
@Entity
@Table(name = "status_link")
@NamedQuery(name = StatusLink.FIND_BY_HASH, query = "SELECT l FROM StatusLink l WHERE l.tokenHash = :hash")
public class StatusLink {

    public static final String FIND_BY_HASH = "StatusLink.findByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case serviceCase;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected StatusLink() {
    }

    public StatusLink(String tokenHash, Case serviceCase, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.serviceCase = serviceCase;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** A reply after closing opens a follow-up case; the customer's link follows the conversation there. */
    public void follow(Case followUp) {
        this.serviceCase = followUp;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
