package se.ingang.mail.boundary;

import java.time.Instant;

/**
 * Whether a mailbox is read as often as configured; stale when it has been silent too long.
 * idleSince: since when its lease holder keeps it in IMAP IDLE (null: polled only).
 */
public record MailboxHealth(long id, String name, boolean enabled, int pollSeconds, Instant lastAttemptAt,
                            Instant lastSuccessAt, String lastError, boolean stale, String leaseHolder,
                            Instant idleSince) {
}
