package se.ingang.mail.control;

import jakarta.mail.MessagingException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import se.ingang.mail.entity.Mailbox;

/**
 * Keeps one mailbox in IMAP IDLE on its own thread and says when its message count changes.
 * It never fetches: the poller does that, exactly once, when woken. A lost connection is
 * opened again after a pause; {@link #stop()} ends it (lease lost, mailbox changed, undeploy).
 */
final class MailboxWatch implements Runnable {

    private static final Logger LOG = Logger.getLogger(MailboxWatch.class.getName());
    private static final long RETRY_PAUSE_SECONDS = 10;

    private final Mailbox mailbox;
    private final String password;
    private final MailWatchers.Events events;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopped;
    private volatile IMAPFolder folder;

    MailboxWatch(Mailbox mailbox, String password, MailWatchers.Events events) {
        this.mailbox = mailbox;
        this.password = password;
        this.events = events;
    }

    long mailboxVersion() {
        return mailbox.getVersion();
    }

    boolean isRunning() {
        return ended.getCount() > 0;
    }

    @Override
    public void run() {
        long id = mailbox.getId();
        try {
            while (!stopped) {
                try (var reader = ImapReader.openForIdle(mailbox, password)) {
                    if (!reader.supportsIdle()) {
                        LOG.info(() -> mailbox.getName() + ": the server does not support IDLE; polled only");
                        return;
                    }
                    folder = reader.imapFolder();
                    int count = folder.getMessageCount();
                    events.idling(id, true);
                    events.newMail(id); // what arrived between the last poll and now
                    while (!stopped) {
                        folder.idle(true); // returns on the server's first news, or when stop() interrupts it
                        int now = folder.getMessageCount();
                        if (now != count) {
                            events.newMail(id);
                            count = now;
                        }
                    }
                } catch (MessagingException | RuntimeException e) {
                    if (stopped) {
                        break;
                    }
                    LOG.log(Level.INFO, mailbox.getName() + ": IDLE connection lost, polling until it is back: " + e);
                    events.idling(id, false);
                    stopSignal.await(RETRY_PAUSE_SECONDS, TimeUnit.SECONDS);
                } finally {
                    folder = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                events.idling(id, false);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "IDLE state of " + mailbox.getName() + " not cleared", e);
            }
            ended.countDown();
        }
    }

    /**
     * Ends the watch: any command from another thread makes Angus Mail end IDLE (DONE), so
     * a NOOP wakes the waiting thread, which then sees the flag.
     */
    void stop() {
        stopped = true;
        stopSignal.countDown();
        var open = folder;
        if (open != null) {
            try {
                open.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.FINE, "NOOP to end IDLE of " + mailbox.getName() + " failed", e);
            }
        }
    }

    boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }
}
