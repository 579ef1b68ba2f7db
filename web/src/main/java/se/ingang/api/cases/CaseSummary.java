package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;

/** A case as one row of a queue view: enough to pick it, not its timeline. */
@JsonbNillable
@JsonbPropertyOrder({"number", "version", "subject", "channel", "status", "priority", "queue", "assignee",
        "customerName", "receivedAt", "dueAt"})
public record CaseSummary(String number, long version, String subject, Channel channel, CaseStatus status,
                          Priority priority, String queue, String assignee, String customerName, Instant receivedAt,
                          Instant dueAt) {
}
