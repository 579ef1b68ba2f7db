package se.ingang.cases.boundary;

/**
 * Fired (synchronously, inside the transaction) when a customer we wait for is reminded;
 * channels observe it to deliver the reminder.
 */
public record CustomerReminded(long caseId, String caseNumber) {
}
