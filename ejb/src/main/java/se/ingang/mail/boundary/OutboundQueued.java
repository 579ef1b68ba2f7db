package se.ingang.mail.boundary;

/** An outbound message was written; it is sent once the transaction that wrote it commits. */
public record OutboundQueued(long mailMessageId) {
}
