package se.ingang.audit.boundary;

import java.time.Instant;

/** A search of the audit trail; null parameters do not filter. */
public record AuditQuery(String entityType, String entityId, String actor, Instant from, Instant to, int page, int size) {
}
