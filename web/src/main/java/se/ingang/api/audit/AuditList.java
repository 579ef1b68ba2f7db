package se.ingang.api.audit;

import java.util.List;

/** A page of the audit trail, newest first. */
public record AuditList(List<AuditEntryView> items, long total, int page, int size) {
}
