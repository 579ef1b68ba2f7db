package se.ingang.mail.control;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ingang.mail.entity.Mailbox;

/**
 * The mailboxes this node keeps in IMAP IDLE, each on its own thread from the container's
 * managed thread factory. The poller starts a watch after a read of a mailbox whose lease it
 * holds and whose server supports IDLE, and stops it when the lease is lost, the mailbox is
 * changed or disabled, and at undeploy.
 */
public final class MailWatchers {

    private static final Logger LOG = Logger.getLogger(MailWatchers.class.getName());

    /** What a watch reports: new mail (wake the fetch), and whether the mailbox is in IDLE now. */
    public interface Events {
        void newMail(long mailboxId);

        void idling(long mailboxId, boolean idle);
    }

    private final ThreadFactory threads;
    private final Events events;
    private final Map<Long, MailboxWatch> watches = new ConcurrentHashMap<>();

    public MailWatchers(ThreadFactory threads, Events events) {
        this.threads = threads;
        this.events = events;
    }

    /** Starts watching unless a watch of this version of the mailbox already runs. */
    public void ensure(Mailbox mailbox, String password) {
        var current = watches.get(mailbox.getId());
        if (current != null && current.isRunning() && current.mailboxVersion() == mailbox.getVersion()) {
            return;
        }
        if (current != null) {
            stop(mailbox.getId());
        }
        var watch = new MailboxWatch(mailbox, password, events);
        var thread = threads.newThread(watch);
        thread.setName("ingang-mail-idle-" + mailbox.getId());
        watches.put(mailbox.getId(), watch);
        thread.start();
    }

    public boolean isWatching(long mailboxId) {
        var watch = watches.get(mailboxId);
        return watch != null && watch.isRunning();
    }

    /** True when a watch runs for an older version of the mailbox's settings. */
    public boolean isOutdated(Mailbox mailbox) {
        var watch = watches.get(mailbox.getId());
        return watch != null && watch.mailboxVersion() != mailbox.getVersion();
    }

    public Set<Long> watched() {
        return Set.copyOf(watches.keySet());
    }

    public void stop(long mailboxId) {
        var watch = watches.remove(mailboxId);
        if (watch != null) {
            watch.stop();
        }
    }

    /** Stops every watch and waits a little for their threads to end (undeploy). */
    public void stopAll(long waitMillis) {
        var all = Map.copyOf(watches);
        watches.clear();
        all.values().forEach(MailboxWatch::stop);
        long deadline = System.currentTimeMillis() + waitMillis;
        for (var entry : all.entrySet()) {
            try {
                if (!entry.getValue().awaitEnd(Math.max(1, deadline - System.currentTimeMillis()))) {
                    LOG.warning(() -> "IDLE watch of mailbox " + entry.getKey() + " did not end in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.log(Level.FINE, "interrupted while stopping IDLE watches", e);
                return;
            }
        }
    }
}
