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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.ingang.cases.entity.Case;
import se.ingang.platform.errors.InvalidInputException;

/**
 * A case registered as a formal matter (diarieförd): its registry number, e.g. "KT 2026/123",
 * numbered without gaps within the year, the date of registration and the matter's title.
 * A registered case is an official record: it is not anonymised by retention nor erased.
 */
@Entity
@Table(name = "case_registration")
@NamedQuery(name = Registration.OF_CASE, query = "SELECT r FROM Registration r WHERE r.serviceCase.id = :caseId")
public class Registration {

    public static final String OF_CASE = "Registration.ofCase";
    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", unique = true)
    private Case serviceCase;

    @Column(name = "registry_year", nullable = false)
    private int year;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "registry_number", nullable = false, unique = true, length = 40)
    private String registryNumber;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    protected Registration() {
    }

    public Registration(Case serviceCase, String prefix, int year, long sequence, String title, LocalDate registeredOn,
                        Instant registeredAt, String registeredBy) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "the matter needs a title");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "at most " + MAX_TITLE + " characters");
        }
        this.serviceCase = serviceCase;
        this.year = year;
        this.sequence = sequence;
        this.registryNumber = format(prefix, year, sequence);
        this.title = title.strip();
        this.registeredOn = registeredOn;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    /** "KT 2026/123": the series prefix, the year, the number within the year. */
    public static String format(String prefix, int year, long sequence) {
        return prefix + " " + year + "/" + sequence;
    }

    public Long getId() {
        return id;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public int getYear() {
        return year;
    }

    public long getSequence() {
        return sequence;
    }

    public String getRegistryNumber() {
        return registryNumber;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
