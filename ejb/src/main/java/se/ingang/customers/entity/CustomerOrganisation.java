package se.ingang.customers.entity;

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
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * An organisation our customers act for: a company, an authority, a school, a partner
 * university. One member of staff may own the relation (key-account owner). Persons belong
 * to at most one organisation.
 */
@Entity
@Table(name = "customer_organisation")
public class CustomerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    /** The Swedish organisation number (or another registry's id), when known. */
    @Column(name = "org_number", length = 30)
    private String orgNumber;

    /** The username of the member of staff who owns the relation, if anyone. */
    @Column(name = "key_account_owner", length = 100)
    private String keyAccountOwner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomerOrganisation() {
    }

    public CustomerOrganisation(String name, OrganisationKind kind, String orgNumber, String keyAccountOwner, Instant now) {
        change(name, kind, orgNumber, keyAccountOwner);
        this.createdAt = now;
    }

    public final void change(String name, OrganisationKind kind, String orgNumber, String keyAccountOwner) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "required");
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("name", "at most 200 characters");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "COMPANY, AUTHORITY, SCHOOL, PARTNER_UNIVERSITY or OTHER");
        }
        if (orgNumber != null && orgNumber.strip().length() > 30) {
            throw new InvalidInputException("orgNumber", "at most 30 characters");
        }
        this.name = name.strip();
        this.kind = kind;
        this.orgNumber = orgNumber == null || orgNumber.isBlank() ? null : orgNumber.strip();
        this.keyAccountOwner = keyAccountOwner == null || keyAccountOwner.isBlank() ? null : keyAccountOwner.strip();
    }

    public void expectVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException("Organisation " + id, expected, version);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public String getKeyAccountOwner() {
        return keyAccountOwner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
