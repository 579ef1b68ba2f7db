package se.ingang.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST .../notes and .../replies: text only, since notes and replies never conflict with other work. */
public record TextRequest(@NotBlank @Size(max = Limits.TEXT) String text) {
}
