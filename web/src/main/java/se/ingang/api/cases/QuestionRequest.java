package se.ingang.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{number}/questions: ask the customer and wait for the answer. */
public record QuestionRequest(@NotNull Long version, @NotBlank @Size(max = Limits.TEXT) String text) {
}
