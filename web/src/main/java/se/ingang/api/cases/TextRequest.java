package se.ingang.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * POST .../notes and .../replies: the text and the case version it was written against, so an
 * answer written while a colleague answered is refused (409) instead of reaching the customer twice.
 */
public record TextRequest(@NotNull Long version, @NotBlank @Size(max = Limits.TEXT) String text) {
}
