package se.ingang.audit.boundary;

import java.util.List;
import se.ingang.audit.entity.AuditEntry;

/** One page of audit entries, newest first, and how many match in all. */
public record AuditPage(List<AuditEntry> items, long total, int page, int size) {
}
