package se.ingang.cases.boundary;

import java.time.Instant;

/** Fired inside the transaction when staff promise the customer an answer by {@code due}; channels tell the customer. */
public record FollowUpPromised(long caseId, String caseNumber, Instant due, String actor) {
}
