package se.ingang.api.organisation;

import jakarta.validation.constraints.NotNull;
import se.ingang.organisation.entity.AssignmentPolicy;

/** PUT /api/queues/{code}/assignment-policy: MANUAL, ROUND_ROBIN or LEAST_LOADED. */
public record AssignmentPolicyRequest(@NotNull AssignmentPolicy policy) {
}
