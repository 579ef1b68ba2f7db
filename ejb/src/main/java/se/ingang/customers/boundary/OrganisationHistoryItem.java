package se.ingang.customers.boundary;

import java.time.Instant;

/** One contact in an organisation's history: a case (any channel) or a call, of one of its people. */
public record OrganisationHistoryItem(String kind, Instant at, long customerId, String caseNumber, String channel,
                                      String subject, String status, String callId, String callOutcome) {
}
