package se.ingang.mail.boundary;

import java.util.List;

/**
 * An outbound message was written; it is sent once the transaction that wrote it commits.
 * The confidential values travel only in memory, never through the database.
 */
public record OutboundQueued(long mailMessageId, List<Outbox.Confidential> confidential) {
}
