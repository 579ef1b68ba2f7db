package se.ingang.api.cases;

import jakarta.validation.constraints.NotNull;

/** POST /api/cases/{number}/close: close a resolved case before its reopen window ends. */
public record CloseRequest(@NotNull Long version) {
}
