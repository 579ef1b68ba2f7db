package se.ingang.api.customers;

import jakarta.validation.constraints.NotNull;

/** The duplicate record to merge into this one. */
public record MergeRequest(@NotNull Long duplicateId) {
}
