package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * One case with its whole timeline. Nulls are written out ("assignee": null) so that a
 * client sees every field of a case, set or not. Related things appear by their codes.
 * Serializable: the staff workspace keeps it in a view, which travels with the session in a cluster.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "number", "version", "channel", "subject", "type", "topic", "priority", "status",
        "frontOffice", "queue", "assignee", "customerGroup", "customer", "resolvedAtFirstContact", "receivedAt",
        "firstResponseAt", "resolvedAt", "closedAt", "dueAt", "followsCase", "timeline"})
public record CaseDetail(
        Long id,
        String number,
        long version,
        Channel channel,
        String subject,
        CaseType type,
        String topic,
        Priority priority,
        CaseStatus status,
        String frontOffice,
        String queue,
        String assignee,
        CustomerGroup customerGroup,
        CustomerView customer,
        boolean resolvedAtFirstContact,
        Instant receivedAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant dueAt,
        String followsCase,
        List<TimelineItem> timeline) implements Serializable {
}
