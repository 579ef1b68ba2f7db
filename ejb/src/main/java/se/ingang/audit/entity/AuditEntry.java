package se.ingang.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded change: who, when, to what (entity type and id), which action, and for a field
 * its old and new value; or one read of personal data, with the channel it came through. Values never hold a customer's personal data (ids and codes only), so
 * erasure (GDPR Art. 17) never needs to touch the trail. The class has no setters and every
 * column is insert-only; the table's triggers (V80) refuse UPDATE and DELETE as well.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 100)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(updatable = false, length = 60)
    private String field;

    @Column(name = "old_value", updatable = false, length = 1000)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 1000)
    private String newValue;

    /** How a read reached the data (API, PAGE); empty for changes. */
    @Column(updatable = false, length = 20)
    private String channel;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String entityType, String entityId, String action,
                      String field, String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    /** A read of personal data, recorded with the channel it came through. */
    public static AuditEntry read(Instant occurredAt, String actor, String entityType, String entityId, String action,
                                  String channel, String field, String value) {
        var entry = new AuditEntry(occurredAt, actor, entityType, clipId(entityId), action, field, null, value);
        entry.channel = channel;
        return entry;
    }

    private static String clipId(String id) {
        return id == null || id.length() <= 100 ? id : id.substring(0, 99) + "…";
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChannel() {
        return channel;
    }
}
