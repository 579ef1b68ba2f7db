package se.ingang.mail.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fault switches for the intake tests: armed for a mailbox, the poller fails once after a
 * message's transaction has committed and before the mailbox is flagged, as a crash at the
 * worst moment would; or every intake of a mailbox fails. Never armed in production.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CrashSimulation {

    private final Set<Long> armed = ConcurrentHashMap.newKeySet();
    private final Set<Long> failing = ConcurrentHashMap.newKeySet();

    /** Every intake of the mailbox's mail fails inside its transaction (as an insert too large for a packet did). */
    public void failIntakeOf(long mailboxId) {
        failing.add(mailboxId);
    }

    /** The cause is fixed: the mailbox's mail is taken in again (an administrator's retry then succeeds). */
    public void healIntakeOf(long mailboxId) {
        failing.remove(mailboxId);
    }

    public void duringIntake(long mailboxId) {
        if (failing.contains(mailboxId)) {
            throw new IllegalStateException("simulated intake failure (mailbox " + mailboxId + ")");
        }
    }

    public void armOnce(long mailboxId) {
        armed.add(mailboxId);
    }

    public boolean isArmed(long mailboxId) {
        return armed.contains(mailboxId);
    }

    public void afterCommitBeforeFlag(long mailboxId) {
        if (armed.remove(mailboxId)) {
            throw new IllegalStateException("simulated crash after commit, before the \\Seen flag (mailbox " + mailboxId + ")");
        }
    }
}
