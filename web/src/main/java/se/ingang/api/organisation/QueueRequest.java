package se.ingang.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import se.ingang.organisation.entity.QueueKind;

/** POST /api/queues: a new front-office profile or back-office group. */
public record QueueRequest(@NotBlank String code, @NotBlank String name, @NotNull QueueKind kind) {
}
