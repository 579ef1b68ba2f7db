package se.ingang.publicform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One accepted post from a sender key (a hash of an e-mail or client address), for the rate limit. */
@Entity
@Table(name = "form_submission")
@NamedQuery(name = FormSubmission.COUNT_SINCE, query = "SELECT COUNT(s) FROM FormSubmission s"
        + " WHERE s.senderKey = :key AND s.submittedAt > :since")
@NamedQuery(name = FormSubmission.DELETE_BEFORE, query = "DELETE FROM FormSubmission s WHERE s.submittedAt < :before")
public class FormSubmission {

    public static final String COUNT_SINCE = "FormSubmission.countSince";
    public static final String DELETE_BEFORE = "FormSubmission.deleteBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sender_key", nullable = false, length = 64)
    private String senderKey;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected FormSubmission() {
    }

    public FormSubmission(String senderKey, Instant submittedAt) {
        this.senderKey = senderKey;
        this.submittedAt = submittedAt;
    }
}
