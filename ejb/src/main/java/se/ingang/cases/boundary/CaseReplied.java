package se.ingang.cases.boundary;

/**
 * Fired (synchronously, inside the transaction) when staff answer the customer: a reply,
 * a question, or the reply that resolves the case. Channels observe it to deliver the text.
 */
public record CaseReplied(long caseId, String caseNumber, String text, String actor, Kind kind) {

    /** What the answer does to the case, which is what the customer is told around it. */
    public enum Kind { REPLY, QUESTION, RESOLVING_REPLY }
}
