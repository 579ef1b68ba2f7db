package se.ingang.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{number}/transfer: send the case to another back-office group. */
public record TransferRequest(
        @NotNull Long version,
        @NotBlank @Size(max = Limits.CODE) String group,
        @Size(max = Limits.TEXT) String note) {
}
