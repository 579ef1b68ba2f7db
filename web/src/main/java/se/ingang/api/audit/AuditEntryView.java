package se.ingang.api.audit;

import java.time.Instant;
import se.ingang.audit.entity.AuditEntry;

/** One audit entry as JSON; channel (API, PAGE) only for reads of personal data. */
public record AuditEntryView(long id, Instant at, String actor, String entity, String entityId, String action,
                             String field, String oldValue, String newValue, String channel) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                e.getAction(), e.getField(), e.getOldValue(), e.getNewValue(), e.getChannel());
    }
}
