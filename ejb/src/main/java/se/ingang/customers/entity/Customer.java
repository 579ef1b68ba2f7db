package se.ingang.customers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A customer, matched across contacts by e-mail address when there is one. */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.FIND_BY_EMAIL, query = "SELECT c FROM Customer c WHERE c.email = :email")
@NamedQuery(name = Customer.FIND_BY_PHONE, query = "SELECT c FROM Customer c WHERE c.phone = :phone ORDER BY c.id")
public class Customer {

    public static final String FIND_BY_EMAIL = "Customer.findByEmail";
    public static final String FIND_BY_PHONE = "Customer.findByPhone";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(length = 200)
    private String name;

    @Column(unique = true, length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_group", nullable = false, length = 30)
    private CustomerGroup group;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** "sv" or "en" as the person last chose it (the web form); null when they never chose. */
    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 30)
    private LegalBasis legalBasis = LegalBasis.CASE_HANDLING;

    /** The version of the privacy text the person consented to, and when. */
    @Column(name = "consent_text_version", length = 40)
    private String consentTextVersion;

    @Column(name = "consented_at")
    private Instant consentedAt;

    /** When the person's data was erased (GDPR Art. 17); the record stays for statistics. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The organisation the person acts for, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private CustomerOrganisation organisation;

    /** Set on a duplicate merged into another record: the survivor's id (the duplicate keeps no personal data). */
    @Column(name = "merged_into_id")
    private Long mergedInto;

    protected Customer() {
    }

    public Customer(String name, String email, String phone, CustomerGroup group, Instant createdAt) {
        this.name = name;
        this.email = normaliseEmail(email);
        this.phone = normalisePhone(phone);
        this.group = group == null ? CustomerGroup.OTHER : group;
        this.createdAt = createdAt;
    }

    /**
     * One form per address, compared byte for byte (the column's collation is binary): the domain
     * in lower case and IDNA-normalised (xn--mchine-bua.example is mächine.example); in the local
     * part only ASCII letters are folded, as mail systems do in practice — jdöe and jdoe are two
     * people, JDoe and jdoe one (RFC 5321 leaves the local part to the receiving system).
     */
    public static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = java.text.Normalizer.normalize(email.trim(), java.text.Normalizer.Form.NFC);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return asciiLower(address);
        }
        String domain = address.substring(at + 1);
        try {
            domain = java.net.IDN.toUnicode(java.net.IDN.toASCII(domain, java.net.IDN.ALLOW_UNASSIGNED), java.net.IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // not a valid IDN; kept as written
        }
        return asciiLower(address.substring(0, at)) + "@" + domain.toLowerCase(Locale.ROOT);
    }

    private static String asciiLower(String s) {
        var out = new StringBuilder(s.length());
        s.chars().forEach(c -> out.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
        return out.toString();
    }

    /** The stored form of a customer's phone number ({@link PhoneNumberForm}); letters are refused. */
    public static String normalisePhone(String phone) {
        return PhoneNumberForm.normalise("phone", phone);
    }

    /** A later contact may tell us more; fill in what we did not know, never erase. */
    public void completeWith(String name, String phone, CustomerGroup group) {
        if (this.name == null && name != null) {
            this.name = name;
        }
        if (this.phone == null && phone != null) {
            this.phone = normalisePhone(phone);
        }
        if (this.group == CustomerGroup.OTHER && group != null) {
            this.group = group;
        }
    }

    /** The person agreed to the privacy text of this version (the web form records it). */
    public void recordConsent(String textVersion, Instant at) {
        legalBasis = LegalBasis.CONSENT;
        consentTextVersion = textVersion;
        consentedAt = at;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    /** Removes everything that identifies the person; the customer group stays for statistics. */
    public void erase(Instant now) {
        name = null;
        email = null;
        phone = null;
        erasedAt = now;
    }

    /**
     * Takes over what the duplicate knew and this record did not (name, address, phone,
     * organisation, a consent), then empties the duplicate and points it here. The caller
     * moves the duplicate's cases.
     */
    public void absorb(Customer duplicate, String duplicateAddress) {
        if (duplicate == this || duplicate.id != null && duplicate.id.equals(id)) {
            throw new se.ingang.platform.errors.InvalidInputException("duplicateId", "a record cannot be merged into itself");
        }
        if (duplicate.mergedInto != null || duplicate.erasedAt != null) {
            throw new se.ingang.platform.errors.ActionNotAllowedException("Customer " + duplicate.id + " was already merged or erased");
        }
        if (mergedInto != null || erasedAt != null) {
            throw new se.ingang.platform.errors.ActionNotAllowedException("Customer " + id + " was merged or erased; merge into a live record");
        }
        if (email == null) {
            email = duplicateAddress;
        }
        if (name == null) {
            name = duplicate.name;
        }
        if (phone == null) {
            phone = duplicate.phone;
        }
        if (group == CustomerGroup.OTHER) {
            group = duplicate.group;
        }
        if (organisation == null) {
            organisation = duplicate.organisation;
        }
        // A consent the person gave on either record still stands; the latest one wins.
        if (duplicate.legalBasis == LegalBasis.CONSENT
                && (legalBasis != LegalBasis.CONSENT || consentedAt == null
                    || duplicate.consentedAt != null && duplicate.consentedAt.isAfter(consentedAt))) {
            recordConsent(duplicate.consentTextVersion, duplicate.consentedAt);
        }
        if (duplicate.createdAt != null && duplicate.createdAt.isBefore(createdAt)) {
            createdAt = duplicate.createdAt;
        }
        duplicate.name = null;
        duplicate.phone = null;
        duplicate.organisation = null;
        duplicate.mergedInto = id;
    }

    /** Empties the address first (addresses are unique, so it must leave before another record takes it). */
    public String releaseAddress() {
        String address = email;
        email = null;
        return address;
    }

    public void joinOrganisation(CustomerOrganisation organisation) {
        this.organisation = organisation;
    }

    public CustomerOrganisation getOrganisation() {
        return organisation;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public CustomerGroup getGroup() {
        return group;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** The customer chose a language; answers to them are written in it from now on. */
    public void prefer(String language) {
        if (language != null && !language.isBlank()) {
            this.preferredLanguage = language.strip().toLowerCase(Locale.ROOT);
        }
    }
}
