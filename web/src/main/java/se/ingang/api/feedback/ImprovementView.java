package se.ingang.api.feedback;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import se.ingang.feedback.entity.ImprovementItem;
import se.ingang.feedback.entity.ImprovementStatus;

/** An improvement item as the API shows it. */
@JsonbNillable
public record ImprovementView(long id, long version, String caseNumber, String cause, String action, String owner,
                              LocalDate dueDate, ImprovementStatus status, boolean overdue, String createdBy,
                              Instant createdAt, Instant closedAt) {

    static ImprovementView of(ImprovementItem i, LocalDate today) {
        return new ImprovementView(i.getId(), i.getVersion(), i.getCaseNumber(), i.getCause(), i.getAction(), i.getOwner(),
                i.getDueDate(), i.getStatus(), i.isOverdue(today), i.getCreatedBy(), i.getCreatedAt(), i.getClosedAt());
    }
}
