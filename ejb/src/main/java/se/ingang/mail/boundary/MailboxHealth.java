package se.ingang.mail.boundary;

import java.time.Instant;

/**
 * Whether a mailbox is read as often as configured; stale when it has been silent too long.
 * idleSince: since when its lease holder keeps it in IMAP IDLE (null: polled only).
 * failing: its messages that failed to be taken in and are tried again; quarantined: its messages
 * held in the quarantine. Either makes it DEGRADED: it has mail it cannot take in (status UP, DEGRADED, DOWN).
 */
public record MailboxHealth(long id, String name, boolean enabled, int pollSeconds, Instant lastAttemptAt,
                            Instant lastSuccessAt, String lastError, boolean stale, String leaseHolder,
                            Instant idleSince, long failing, long quarantined, String status) {

    public MailboxHealth(long id, String name, boolean enabled, int pollSeconds, Instant lastAttemptAt, Instant lastSuccessAt,
                         String lastError, boolean stale, String leaseHolder, Instant idleSince, long failing, long quarantined) {
        this(id, name, enabled, pollSeconds, lastAttemptAt, lastSuccessAt, lastError, stale, leaseHolder, idleSince,
                failing, quarantined, stale ? "DOWN" : failing > 0 || quarantined > 0 ? "DEGRADED" : "UP");
    }

    public boolean degraded() {
        return "DEGRADED".equals(status);
    }
}
