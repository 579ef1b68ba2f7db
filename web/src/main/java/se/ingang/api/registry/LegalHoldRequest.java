package se.ingang.api.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the case must be kept. */
public record LegalHoldRequest(@NotBlank @Size(max = 500) String reason) {
}
