package se.ingang.consultations.entity;

import jakarta.persistence.Column;
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
import se.ingang.cases.entity.Case;
import se.ingang.organisation.entity.Queue;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * A question one group asks another about a case it keeps: the case does not move, the
 * consulted group gets a sub-task, and the answer comes back into the case's timeline.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = Consultation.OPEN_FOR_GROUP, query = "SELECT k FROM Consultation k JOIN FETCH k.serviceCase JOIN FETCH k.group"
        + " WHERE k.group.code = :group AND k.status = se.ingang.consultations.entity.ConsultationStatus.OPEN ORDER BY k.askedAt, k.id")
@NamedQuery(name = Consultation.FOR_CASE, query = "SELECT k FROM Consultation k JOIN FETCH k.serviceCase JOIN FETCH k.group"
        + " WHERE k.serviceCase.id = :caseId ORDER BY k.askedAt, k.id")
public class Consultation {

    public static final String OPEN_FOR_GROUP = "Consultation.openForGroup";
    public static final String FOR_CASE = "Consultation.forCase";
    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case serviceCase;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private Queue group;

    @Column(nullable = false, length = MAX_TEXT)
    private String question;

    @Column(name = "asked_by", nullable = false, length = 100)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationStatus status;

    @Column(length = MAX_TEXT)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Consultation() {
    }

    /** The case must be open and stays where it is; the consulted group must be another back-office group. */
    public static Consultation ask(Case c, Queue group, String question, String actor, Instant now) {
        if (!c.getStatus().isOpen()) {
            throw new ActionNotAllowedException("Case " + c.getNumber() + " is " + c.getStatus() + "; nothing to consult about");
        }
        if (!group.isBackOffice()) {
            throw new InvalidInputException("group", "'" + group.getCode() + "' is not a back-office group");
        }
        if (group.getCode().equals(c.getQueue().getCode())) {
            throw new InvalidInputException("group", "case " + c.getNumber() + " is already in " + group.getCode()
                    + "; consult another group");
        }
        var k = new Consultation();
        k.serviceCase = c;
        k.group = group;
        k.question = requireText("question", question);
        k.askedBy = actor;
        k.askedAt = now;
        k.status = ConsultationStatus.OPEN;
        return k;
    }

    public void answer(String text, String actor, Instant now) {
        requireOpen("answer");
        this.answer = requireText("answer", text);
        this.answeredBy = actor;
        this.endedAt = now;
        this.status = ConsultationStatus.ANSWERED;
    }

    public void withdraw(Instant now) {
        requireOpen("withdraw");
        this.endedAt = now;
        this.status = ConsultationStatus.WITHDRAWN;
    }

    /** GDPR erasure of the case: the question and answer may describe the customer; who and when stay. */
    public void erasePersonalData() {
        question = Case.ERASED;
        if (answer != null) {
            answer = Case.ERASED;
        }
    }

    public void expectVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException("Consultation " + id, expected, version);
        }
    }

    public boolean isOpen() {
        return status == ConsultationStatus.OPEN;
    }

    private void requireOpen(String action) {
        if (status != ConsultationStatus.OPEN) {
            throw new ActionNotAllowedException("Cannot " + action + " consultation " + id + " while it is " + status);
        }
    }

    private static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Case getCase() {
        return serviceCase;
    }

    public Queue getGroup() {
        return group;
    }

    public String getQuestion() {
        return question;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
