package se.ingang.api.consultations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/consultations/{id}/withdrawal: the owner no longer needs the answer; the reason is optional. */
public record WithdrawalRequest(@NotNull Long version, @Size(max = 4000) String reason) {
}
