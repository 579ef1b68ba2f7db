package se.ingang.mail.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fault switch for the exactly-once test: armed for a mailbox, the poller fails once
 * after a message's transaction has committed and before the mailbox is flagged, as a
 * crash at the worst moment would. Never armed in production.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CrashSimulation {

    private final Set<Long> armed = ConcurrentHashMap.newKeySet();

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
