package se.ingang.api.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/consultations: the case's owner asks another group a question. */
public record ConsultationRequest(@NotBlank String caseNumber, @NotBlank String group,
                                  @NotBlank @Size(max = 4000) String question) {
}
