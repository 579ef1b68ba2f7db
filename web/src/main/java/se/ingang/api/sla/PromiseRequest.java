package se.ingang.api.sla;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** POST /api/cases/{number}/promises: "I will get back to you by …". */
public record PromiseRequest(@NotNull Instant due, @Size(max = 500) String note) {
}
