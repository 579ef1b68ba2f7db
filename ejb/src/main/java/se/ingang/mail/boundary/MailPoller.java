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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.mail.control.CrashSimulation;
import se.ingang.mail.control.ImapReader;
import se.ingang.mail.control.MailSecrets;
import se.ingang.mail.control.MailSettings;
import se.ingang.mail.control.MailWatchers;
import se.ingang.mail.control.MailboxLeases;
import se.ingang.mail.entity.Mailbox;

/**
 * Reads the mailboxes. A short, non-persistent tick looks for mailboxes whose poll interval
 * has passed, takes the mailbox's lease (so one node of several reads it), takes in every
 * unread message (each in its own transaction) and flags it \Seen only after that committed.
 * Each mailbox is read on a task of its own, so one slow mailbox or huge message never holds
 * the others or the outbox's resending on the tick. A message that fails is tried again at the
 * next poll and after INGANG_MAIL_MAX_ATTEMPTS goes to the quarantine; it never stops the next.
 * <p>
 * When the server supports IMAP IDLE, the node holding the lease also keeps the mailbox in
 * IDLE ({@link MailWatchers}); new mail wakes the same read at the next tick, so it arrives
 * within a tick, and the poll interval is only the fallback. The tick renews the lease of a
 * watched mailbox and ends the watch when the lease is lost or the mailbox changed.
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

    /** Reads the due mailboxes, each on its own task. */
    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** Threads for the IDLE watches (long-running, so not from the executor's pool). */
    @Resource
    ManagedThreadFactory threads;

    private static final Duration RENEW_EVERY = Duration.ofSeconds(20);

    private final AtomicBoolean running = new AtomicBoolean();
    private final Set<Long> woken = ConcurrentHashMap.newKeySet();
    private final Set<Long> reading = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> renewedAt = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> idleCapable = new ConcurrentHashMap<>();
    private MailWatchers watchers;

    @PostConstruct
    void start() {
        watchers = new MailWatchers(threads, new MailWatchers.Events() {
            @Override
            public void newMail(long mailboxId) {
                woken.add(mailboxId);
            }

            @Override
            public void idling(long mailboxId, boolean idle) {
                mailboxes.idling(mailboxId, idle ? Instant.now() : null);
            }
        });
        timers.createIntervalTimer(5000, tickMillis, new TimerConfig("mail-poller", false));
    }

    @PreDestroy
    void stop() {
        watchers.stopAll(5000);
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
            var enabled = mailboxes.enabled();
            var enabledIds = enabled.stream().map(Mailbox::getId).collect(java.util.stream.Collectors.toSet());
            watchers.watched().stream().filter(id -> !enabledIds.contains(id)).forEach(watchers::stop); // disabled, removed
            for (var mailbox : enabled) {
                try {
                    tick(mailbox);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "mailbox " + mailbox.getName() + " skipped this tick", e);
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

    private void tick(Mailbox mailbox) {
        long id = mailbox.getId();
        if (reading.contains(id)) {
            return; // still being read (its read renews the lease itself)
        }
        var now = Instant.now();
        if (watchers.isOutdated(mailbox)) {
            watchers.stop(id); // changed settings: read with the new ones at once, then watch again
            woken.add(id);
        }
        boolean watched = watchers.isWatching(id);
        boolean wake = woken.remove(id);
        boolean due = wake || mailbox.isDue(now);
        boolean renew = watched && !now.isBefore(renewedAt.getOrDefault(id, Instant.EPOCH).plus(RENEW_EVERY));
        if (!due && !renew) {
            return;
        }
        if (!leases.tryAcquire(id, settings.nodeId(), now, now.plus(leaseFor(mailbox)))) {
            if (watched) {
                LOG.info(() -> "lease of " + mailbox.getName() + " lost; IDLE ends here");
                watchers.stop(id);
            }
            return;
        }
        renewedAt.put(id, now);
        if (due) {
            // On its own thread: a slow mailbox or a huge message never holds the others, nor the outbox.
            reading.add(id);
            try {
                executor.execute(() -> {
                    try {
                        poll(mailbox);
                        if (Boolean.TRUE.equals(idleCapable.get(id)) && !watchers.isWatching(id)) {
                            MailSecrets.resolve(mailbox.getSecretName()).ifPresent(password -> watchers.ensure(mailbox, password));
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "mailbox " + mailbox.getName() + " not read", e);
                    } finally {
                        reading.remove(id);
                    }
                });
            } catch (RuntimeException e) {
                reading.remove(id);
                throw e;
            }
            return;
        }
        if (Boolean.TRUE.equals(idleCapable.get(id)) && !watchers.isWatching(id)) {
            MailSecrets.resolve(mailbox.getSecretName()).ifPresent(password -> watchers.ensure(mailbox, password));
        }
    }

    /** Reads one mailbox now (the tick, or a test); returns how many messages were taken in. */
    public int poll(Mailbox mailbox) {
        int taken = 0;
        if (!MailSecrets.isAllowedName(mailbox.getSecretName())) {
            // Saved before names were limited to the prefix: skipped, with the reason on the mailbox page.
            LOG.warning(() -> "mailbox " + mailbox.getName() + " not read: its secret name " + mailbox.getSecretName()
                    + " does not begin with " + MailSecrets.PREFIX);
            mailboxes.failed(mailbox.getId(), Instant.now(), "not read: the secret name " + mailbox.getSecretName()
                    + " does not begin with " + MailSecrets.PREFIX + "; rename the variable and the mailbox's secret name");
            return 0;
        }
        var password = MailSecrets.resolve(mailbox.getSecretName());
        if (password.isEmpty()) {
            mailboxes.failed(mailbox.getId(), Instant.now(), "secret " + mailbox.getSecretName() + " is not set");
            return 0;
        }
        try (var reader = ImapReader.open(mailbox, password.get())) {
            idleCapable.put(mailbox.getId(), reader.supportsIdle());
            long validity = reader.uidValidity();
            var renewAt = Instant.now().plus(leaseFor(mailbox).dividedBy(2));
            for (var unread : reader.unread()) {
                if (Instant.now().isAfter(renewAt)) {
                    // A long read keeps its lease, so no other node starts reading the same messages.
                    var now = Instant.now();
                    if (!leases.tryAcquire(mailbox.getId(), settings.nodeId(), now, now.plus(leaseFor(mailbox)))) {
                        break;
                    }
                    renewAt = now.plus(leaseFor(mailbox).dividedBy(2));
                }
                // The intake names each message's case in the log context; never carry one to the next message.
                se.ingang.operations.control.LogContext.clearCase();
                byte[] raw = ImapReader.raw(unread.message());
                IntakeOutcome outcome;
                try {
                    outcome = intake.ingest(mailbox.getId(), validity, unread.uid(), raw);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "mail " + unread.uid() + " of " + mailbox.getName() + " could not be taken in", e);
                    outcome = afterFailure(mailbox, validity, unread.uid(), raw, reasonOf(e));
                    if (outcome == null) {
                        continue; // left unread for the next poll; the next message goes on now
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

    /**
     * A message that failed: counted; after INGANG_MAIL_MAX_ATTEMPTS it goes to the quarantine with
     * its reason (the mailbox is DEGRADED until then). Null: left unread, to be tried again.
     */
    private IntakeOutcome afterFailure(Mailbox mailbox, long validity, long uid, byte[] raw, String reason) {
        try {
            int attempts = intake.failed(mailbox.getId(), validity, uid, reason);
            if (attempts < settings.maxAttempts()) {
                LOG.warning(() -> "mail " + uid + " of " + mailbox.getName() + " failed " + attempts + " of "
                        + settings.maxAttempts() + " times; tried again at the next poll: " + reason);
                return null;
            }
            return intake.quarantine(mailbox.getId(), validity, uid, raw,
                    "failed " + attempts + " times, last: " + reason, attempts);
        } catch (RuntimeException stillFailing) {
            // Not even that worked (the database is away): left unread, the next message goes on.
            LOG.log(Level.WARNING, "mail " + uid + " of " + mailbox.getName() + " left unread", stillFailing);
            return null;
        }
    }

    /**
     * Long enough to outlive a slow read, short enough that another node takes over soon after a
     * crash: when the holder dies, another node reads the mailbox at most this long plus one poll
     * interval and one tick after the holder last took or renewed it (INGANG_MAIL_LEASE_SECONDS,
     * at least three poll intervals).
     */
    private Duration leaseFor(Mailbox mailbox) {
        return Duration.ofSeconds(Math.max(settings.leaseSeconds(), 3L * mailbox.getPollSeconds()));
    }

    private static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "could not be registered: " + root;
    }
}
