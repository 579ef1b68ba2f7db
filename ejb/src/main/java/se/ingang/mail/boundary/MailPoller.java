package se.ingang.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.mail.control.CrashSimulation;
import se.ingang.mail.control.ImapReader;
import se.ingang.mail.control.MailSecrets;
import se.ingang.mail.control.MailSettings;
import se.ingang.mail.control.MailboxLeases;
import se.ingang.mail.entity.Mailbox;

/**
 * Reads the mailboxes. A short, non-persistent tick looks for mailboxes whose poll interval
 * has passed, takes the mailbox's lease (so one node of several reads it), takes in every
 * unread message (each in its own transaction) and flags it \Seen only after that committed.
 * One bad message is quarantined and never stops the next; the outbox's overdue mail is
 * resent on the same tick.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailPoller {

    private static final Logger LOG = Logger.getLogger(MailPoller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Mailboxes mailboxes;

    @Inject
    MailIntake intake;

    @Inject
    MailboxLeases leases;

    @Inject
    MailSettings settings;

    @Inject
    CrashSimulation crashes;

    @Inject
    Outbox outbox;

    /** How often to look for due mailboxes (env INGANG_MAIL_TICK_MILLIS); each mailbox keeps its own interval. */
    @Inject
    @ConfigProperty(name = "ingang.mail.tick-millis", defaultValue = "1000")
    long tickMillis;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        timers.createIntervalTimer(5000, tickMillis, new TimerConfig("mail-poller", false));
    }

    @PreDestroy
    void stop() {
        try {
            leases.releaseAll(settings.nodeId());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "leases not released at shutdown", e);
        }
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous tick is still reading
        }
        try {
            for (var mailbox : mailboxes.enabled()) {
                var now = Instant.now();
                if (mailbox.isDue(now) && leases.tryAcquire(mailbox.getId(), settings.nodeId(), now, now.plus(leaseFor(mailbox)))) {
                    poll(mailbox);
                }
            }
            for (long id : outbox.overdue()) {
                outbox.send(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail poll tick failed", e);
        } finally {
            running.set(false);
        }
    }

    /** Reads one mailbox now (the tick, or a test); returns how many messages were taken in. */
    public int poll(Mailbox mailbox) {
        int taken = 0;
        var password = MailSecrets.resolve(mailbox.getSecretName());
        if (password.isEmpty()) {
            mailboxes.failed(mailbox.getId(), Instant.now(), "secret " + mailbox.getSecretName() + " is not set");
            return 0;
        }
        try (var reader = ImapReader.open(mailbox, password.get())) {
            long validity = reader.uidValidity();
            for (var unread : reader.unread()) {
                // The intake names each message's case in the log context; never carry one to the next message.
                se.ingang.operations.control.LogContext.clearCase();
                byte[] raw = ImapReader.raw(unread.message());
                IntakeOutcome outcome;
                try {
                    outcome = intake.ingest(mailbox.getId(), validity, unread.uid(), raw);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "mail " + unread.uid() + " of " + mailbox.getName() + " could not be taken in", e);
                    try {
                        outcome = intake.quarantine(mailbox.getId(), validity, unread.uid(), raw, reasonOf(e));
                    } catch (RuntimeException stillFailing) {
                        // Not even the quarantine took it (database trouble): leave it unread for the next poll, go on.
                        LOG.log(Level.WARNING, "mail " + unread.uid() + " of " + mailbox.getName() + " left unread", stillFailing);
                        continue;
                    }
                }
                crashes.afterCommitBeforeFlag(mailbox.getId());
                reader.markSeen(unread.message());
                taken++;
                IntakeOutcome done = outcome;
                LOG.fine(() -> mailbox.getName() + " UID " + unread.uid() + ": " + done);
            }
            mailboxes.fetched(mailbox.getId(), Instant.now());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "reading mailbox " + mailbox.getName() + " failed: " + e);
            mailboxes.failed(mailbox.getId(), Instant.now(), e.toString());
        }
        return taken;
    }

    /** Long enough to outlive a slow read, short enough that another node takes over soon after a crash. */
    private static Duration leaseFor(Mailbox mailbox) {
        return Duration.ofSeconds(Math.max(60, 3L * mailbox.getPollSeconds()));
    }

    private static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "could not be registered: " + root;
    }
}
