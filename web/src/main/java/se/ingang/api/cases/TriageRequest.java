package se.ingang.api.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/** POST /api/cases/{number}/triage: categorise, then resolve at first contact or route. */
public record TriageRequest(
        @NotNull Long version,
        CaseType type,
        @Size(max = Limits.CODE) String topic,
        CustomerGroup customerGroup,
        Priority priority,
        @NotNull TriageDecision.Outcome outcome,
        @Size(max = Limits.CODE) String group,
        @Size(max = Limits.TEXT) String reply,
        @Size(max = Limits.TEXT) String note) {
}
