package se.ingang.api.audit;

import java.time.Instant;
import se.ingang.audit.entity.AuditEntry;

/** One audit entry as JSON. */
public record AuditEntryView(long id, Instant at, String actor, String entity, String entityId, String action,
                             String field, String oldValue, String newValue) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                e.getAction(), e.getField(), e.getOldValue(), e.getNewValue());
    }
}
