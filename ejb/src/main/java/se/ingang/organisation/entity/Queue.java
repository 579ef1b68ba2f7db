package se.ingang.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A group that works cases: a front-office profile or a back-office specialist group.
 * Its code is what the process and the routing table refer to (the candidate group).
 */
@Entity
@Table(name = "queue")
@NamedQuery(name = Queue.FIND_BY_CODE, query = "SELECT q FROM Queue q WHERE q.code = :code")
@NamedQuery(name = Queue.FIND_ALL, query = "SELECT q FROM Queue q ORDER BY q.kind, q.code")
public class Queue {

    public static final String FIND_BY_CODE = "Queue.findByCode";
    public static final String FIND_ALL = "Queue.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QueueKind kind;

    /** The business calendar its deadlines count in (opening hours, holidays). */
    @Column(name = "calendar_code", nullable = false, length = 64)
    private String calendarCode = "standard";

    /** Business days of waiting for the customer before a reminder; null: the installation's default. */
    @Column(name = "reminder_days")
    private Integer reminderDays;

    /** Business days of waiting before the case is closed for lack of answer; null: the default. */
    @Column(name = "auto_close_days")
    private Integer autoCloseDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_policy", nullable = false, length = 20)
    private AssignmentPolicy assignmentPolicy = AssignmentPolicy.MANUAL;

    /** The member the round robin chose last; it continues after them. */
    @Column(name = "last_assignee", length = 100)
    private String lastAssignee;

    /** The signature under our answers to customers, per language (null: the default signature). */
    @Column(name = "signature_sv", length = 1000)
    private String signatureSv;

    @Column(name = "signature_en", length = 1000)
    private String signatureEn;

    protected Queue() {
    }

    public Queue(String code, String name, QueueKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public AssignmentPolicy getAssignmentPolicy() {
        return assignmentPolicy;
    }

    public void changeAssignmentPolicy(AssignmentPolicy policy) {
        this.assignmentPolicy = policy;
    }

    public String getLastAssignee() {
        return lastAssignee;
    }

    public void assigned(String username) {
        this.lastAssignee = username;
    }

    public String getSignatureSv() {
        return signatureSv;
    }

    public String getSignatureEn() {
        return signatureEn;
    }

    /** The signature in "sv" or "en"; null when none is set for that language. */
    public String signature(String language) {
        return "en".equals(language) ? signatureEn : signatureSv;
    }

    public void changeSignatures(String swedish, String english) {
        this.signatureSv = blankToNull(swedish, "signatureSv");
        this.signatureEn = blankToNull(english, "signatureEn");
    }

    private static String blankToNull(String signature, String field) {
        if (signature == null || signature.isBlank()) {
            return null;
        }
        if (signature.strip().length() > 1000) {
            throw new se.ingang.platform.errors.InvalidInputException(field, "a signature has at most 1000 characters");
        }
        return signature.strip();
    }

    public boolean isBackOffice() {
        return kind == QueueKind.BACK_OFFICE;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public Integer getAutoCloseDays() {
        return autoCloseDays;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public QueueKind getKind() {
        return kind;
    }
}
