package se.ingang.api.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{number}/resolve: resolve, with a final reply unless the customer already has one. */
public record ResolveRequest(@NotNull Long version, @Size(max = Limits.TEXT) String reply) {
}
