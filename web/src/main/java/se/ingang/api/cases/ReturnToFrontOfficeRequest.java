package se.ingang.api.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{number}/return-to-front-office: the case was routed wrongly or needs triage again. */
public record ReturnToFrontOfficeRequest(@NotNull Long version, @Size(max = Limits.TEXT) String note) {
}
