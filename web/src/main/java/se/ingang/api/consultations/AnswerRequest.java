package se.ingang.api.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/consultations/{id}/answer, with the consultation version the answering group saw. */
public record AnswerRequest(@NotNull Long version, @NotBlank @Size(max = 4000) String answer) {
}
