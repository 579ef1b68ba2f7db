package se.ingang.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;

/**
 * One satisfaction survey per closed case: the SHA-256 of the unguessable token in the link
 * (the token itself is only in the mail), the score (1–5) and an optional comment. Only a
 * confirmed form submission records an answer, so
 * mail scanners that follow the link record nothing.
 */
@Entity
@Table(name = "survey")
@NamedQuery(name = Survey.FIND_BY_TOKEN_HASH, query = "SELECT s FROM Survey s WHERE s.tokenHash = :hash")
@NamedQuery(name = Survey.FIND_BY_CASE, query = "SELECT s FROM Survey s WHERE s.caseId = :caseId")
public class Survey {

    public static final String FIND_BY_TOKEN_HASH = "Survey.findByTokenHash";
    public static final String FIND_BY_CASE = "Survey.findByCase";
    public static final int MAX_COMMENT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, unique = true)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private Integer score;

    @Lob
    @Column(columnDefinition = "TEXT")
    private String comment;

    protected Survey() {
    }

    public Survey(long caseId, String caseNumber, String tokenHash, String recipient, Instant createdAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.tokenHash = tokenHash;
        this.recipient = recipient;
        this.createdAt = createdAt;
    }

    /** A survey not yet sent gets a new link: the token of an earlier try was never kept. */
    public void replaceToken(String tokenHash) {
        if (sentAt != null) {
            throw new ActionNotAllowedException("A sent survey keeps its link");
        }
        this.tokenHash = tokenHash;
    }

    public void markSent(Instant now) {
        sentAt = now;
    }

    public void answer(int score, String comment, Instant now) {
        if (answeredAt != null) {
            throw new ActionNotAllowedException("This survey has already been answered");
        }
        if (score < 1 || score > 5) {
            throw new InvalidInputException("score", "choose a score from 1 to 5");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "at most " + MAX_COMMENT + " characters");
        }
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.answeredAt = now;
    }

    /** GDPR erasure: the score stays for statistics, the address and the free text go. */
    public void erasePersonalData() {
        recipient = "";
        comment = null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
