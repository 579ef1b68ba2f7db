package se.ingang.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A message to a staff member (recipient = username) or a group (recipient = queue code). */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FOR_RECIPIENTS, query = "SELECT n FROM Notification n WHERE n.recipient IN :recipients ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.FOR_CASE, query = "SELECT n FROM Notification n WHERE n.caseNumber = :caseNumber ORDER BY n.createdAt, n.id")
@NamedQuery(name = Notification.FOR_RECIPIENTS_ON_CASE, query = "SELECT n FROM Notification n WHERE n.caseNumber = :caseNumber"
        + " AND n.recipient IN :recipients ORDER BY n.createdAt, n.id")
@NamedQuery(name = Notification.UNREAD_COUNT, query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient IN :recipients"
        + " AND n.readAt IS NULL")
@NamedQuery(name = Notification.UNREAD, query = "SELECT n FROM Notification n WHERE n.recipient IN :recipients"
        + " AND n.readAt IS NULL AND (:caseNumber IS NULL OR n.caseNumber = :caseNumber)")
public class Notification {

    public static final String FOR_RECIPIENTS = "Notification.forRecipients";
    public static final String FOR_CASE = "Notification.forCase";
    public static final String FOR_RECIPIENTS_ON_CASE = "Notification.forRecipientsOnCase";
    public static final String UNREAD_COUNT = "Notification.unreadCount";
    public static final String UNREAD = "Notification.unread";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String kind, String caseNumber, String message, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.caseNumber = caseNumber;
        this.message = message;
        this.createdAt = createdAt;
    }

    /** Read once: marking it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
