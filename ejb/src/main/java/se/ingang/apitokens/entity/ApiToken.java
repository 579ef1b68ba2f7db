package se.ingang.apitokens.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.organisation.entity.StaffUser;

/**
 * A secret an integration or script authenticates with instead of a password. The secret
 * itself is never stored, only its SHA-256 ({@code secretHash}), by which a request finds it.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.secretHash = :hash")
@NamedQuery(name = ApiToken.OF_OWNER, query = "SELECT t FROM ApiToken t JOIN FETCH t.owner WHERE t.owner.username = :username ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.ALL, query = "SELECT t FROM ApiToken t JOIN FETCH t.owner ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.TOUCH, query = "UPDATE ApiToken t SET t.lastUsedAt = :now"
        + " WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_OWNER = "ApiToken.ofOwner";
    public static final String ALL = "ApiToken.all";
    /** A bulk update, outside the version: a use must not conflict with a revocation made at the same time. */
    public static final String TOUCH = "ApiToken.touch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private StaffUser owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "api_token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<StaffRole> scopes = EnumSet.noneOf(StaffRole.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(StaffUser owner, String name, Set<StaffRole> scopes, String secretHash, Instant createdAt,
            String createdBy, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.scopes = EnumSet.copyOf(scopes);
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Valid now: neither revoked nor expired, and its owner may still log in. */
    public boolean isUsable(Instant now) {
        return !isRevoked() && !isExpired(now) && owner.isActive();
    }

    /**
     * The roles a request with this token has: its scopes that the owner still holds, so a role
     * taken from the owner is gone from their tokens at once.
     */
    public Set<StaffRole> effectiveRoles() {
        var roles = EnumSet.noneOf(StaffRole.class);
        roles.addAll(scopes);
        roles.retainAll(owner.getRoles());
        return roles;
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public StaffUser getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Set<StaffRole> getScopes() {
        return scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
