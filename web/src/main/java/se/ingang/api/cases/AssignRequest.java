package se.ingang.api.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** PUT /api/cases/{number}/assignee: take the case, or give it to a colleague. No user means the caller. */
public record AssignRequest(@NotNull Long version, @Size(max = Limits.AUTHOR) String user) {
}
