package se.ingang.api.feedback;

import jakarta.validation.constraints.NotNull;
import se.ingang.feedback.entity.ImprovementStatus;

/** PUT /api/improvements/{id}/status. */
public record StatusChange(@NotNull Long version, @NotNull ImprovementStatus status) {
}
