package se.ingang.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a mailbox's message (UIDVALIDITY + UID) was taken in; unique, so a re-fetch is recognised. */
@Entity
@Table(name = "mail_fetch")
@NamedQuery(name = MailFetch.FIND, query = "SELECT COUNT(f) FROM MailFetch f WHERE f.mailboxId = :mailbox"
        + " AND f.uidValidity = :validity AND f.uid = :uid")
public class MailFetch {

    public static final String FIND = "MailFetch.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mailbox_id", nullable = false)
    private long mailboxId;

    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;

    @Column(nullable = false)
    private long uid;

    @Column(name = "message_key", nullable = false, length = 255)
    private String messageKey;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected MailFetch() {
    }

    public MailFetch(long mailboxId, long uidValidity, long uid, String messageKey, Instant fetchedAt) {
        this.mailboxId = mailboxId;
        this.uidValidity = uidValidity;
        this.uid = uid;
        this.messageKey = messageKey;
        this.fetchedAt = fetchedAt;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
