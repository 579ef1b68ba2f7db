package se.ingang.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import se.ingang.attachments.boundary.CaseAttachments;
import se.ingang.attachments.entity.CaseAttachment;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.CustomerMessageEffect;
import se.ingang.cases.entity.TimelineEntry;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.mail.control.ContentKey;
import se.ingang.mail.control.HeaderGlance;
import se.ingang.mail.control.SenderAddress;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.mail.control.MailParser;
import se.ingang.mail.control.RawMailStore;
import se.ingang.mail.control.MailSettings;
import se.ingang.mail.control.MalformedMailException;
import se.ingang.mail.control.ParsedMail;
import se.ingang.mail.control.SubjectTag;
import se.ingang.mail.entity.FailingAddress;
import se.ingang.mail.entity.IntakeFailure;
import se.ingang.mail.entity.RawChunk;
import se.ingang.mail.entity.MailFetch;
import se.ingang.mail.entity.MailKind;
import se.ingang.mail.entity.MailMessage;
import se.ingang.mail.entity.Mailbox;
import se.ingang.mail.entity.QuarantinedMail;
import se.ingang.platform.control.ApplicationClock;

/**
 * Takes in one message, exactly once. In ONE transaction: the fetch (mailbox + UIDVALIDITY
 * + UID) and the message (by its content hash, never the Message-ID alone: different messages
 * reusing one still arrive, and may thread by it) are recorded, the raw bytes stored,
 * and the case registered or continued. The poller flags the message \Seen only after
 * this commits; a crash in between makes the next poll fetch it again, and the unique keys
 * recognise it as a duplicate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailIntake {

    private static final Logger LOG = Logger.getLogger(MailIntake.class.getName());
    private static final String NO_SUBJECT = "(inget ämne / no subject)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Cases cases;

    @Inject
    MailSettings settings;

    @Inject
    Receipts receipts;

    @Inject
    CaseAttachments attachments;

    @Inject
    RawMailStore rawStore;

    @Inject
    se.ingang.mail.control.CrashSimulation crashes;

    /** One fetched message of a mailbox. */
    public IntakeOutcome ingest(long mailboxId, long uidValidity, long uid, byte[] raw) {
        if (alreadyFetched(mailboxId, uidValidity, uid)) {
            return IntakeOutcome.DUPLICATE;
        }
        var mailbox = em.find(Mailbox.class, mailboxId);
        ParsedMail mail;
        try {
            mail = parser().parse(raw);
        } catch (MalformedMailException e) {
            // Kept, never dropped; recorded as fetched so the flag step can follow and the next message goes on.
            hold(mailboxId, uidValidity, uid, raw, e.getMessage(), 1);
            LOG.warning(() -> "mail quarantined (mailbox " + mailbox.getName() + ", UID " + uid + "): " + e.getMessage());
            return IntakeOutcome.QUARANTINED;
        }
        em.persist(new MailFetch(mailboxId, uidValidity, uid, mail.key(), clock.now()));
        resolved(mailboxId, uidValidity, uid);
        if (isKnown(mail.key())) {
            return IntakeOutcome.DUPLICATE;
        }
        crashes.duringIntake(mailboxId);
        return register(mail, raw, mailbox);
    }

    /**
     * After a failure the poller could not classify: a duplicate stays a duplicate (another
     * node or mailbox won the race); anything else goes to the quarantine, so the mailbox moves on.
     */
    public IntakeOutcome quarantine(long mailboxId, long uidValidity, long uid, byte[] raw, String reason, int attempts) {
        if (alreadyFetched(mailboxId, uidValidity, uid)) {
            return IntakeOutcome.DUPLICATE;
        }
        String key = ContentKey.of(raw);
        if (isKnown(key)) {
            em.persist(new MailFetch(mailboxId, uidValidity, uid, key, clock.now()));
            resolved(mailboxId, uidValidity, uid);
            return IntakeOutcome.DUPLICATE;
        }
        hold(mailboxId, uidValidity, uid, raw, reason, attempts);
        return IntakeOutcome.QUARANTINED;
    }

    /**
     * A failed attempt at a message, counted in its own transaction; returns how many there were,
     * so the poller quarantines it after {@link MailSettings#maxAttempts()} instead of retrying for ever.
     */
    public int failed(long mailboxId, long uidValidity, long uid, String reason) {
        var failure = em.createNamedQuery(IntakeFailure.FIND, IntakeFailure.class).setParameter("mailbox", mailboxId)
                .setParameter("validity", uidValidity).setParameter("uid", uid).getResultStream().findFirst().orElse(null);
        if (failure == null) {
            failure = new IntakeFailure(mailboxId, uidValidity, uid, reason, clock.now());
            em.persist(failure);
            return failure.getAttempts();
        }
        return failure.failedAgain(reason, clock.now());
    }

    /**
     * An administrator's retry of quarantined mail with the lenient parser: taken in now as the
     * poller would have (a new case, or appended to its thread) and the entry resolved with its
     * case; or it stays held with the new reason and one more attempt.
     */
    public IntakeOutcome retry(long quarantineId, String actor) {
        var held = heldEntry(quarantineId);
        byte[] raw = rawOf(held);
        ParsedMail mail;
        try {
            mail = parser().parse(raw);
        } catch (MalformedMailException e) {
            held.stillFailing(e.getMessage(), clock.now());
            return IntakeOutcome.QUARANTINED;
        }
        if (isKnown(mail.key())) {
            held.released(caseOfKey(mail.key()), actor, clock.now());
            return IntakeOutcome.DUPLICATE;
        }
        var mailbox = held.getMailboxId() == null ? null : em.find(Mailbox.class, held.getMailboxId());
        var outcome = register(mail, raw, mailbox);
        held.released(caseOfKey(mail.key()), actor, clock.now());
        return outcome;
    }

    /**
     * "Make a case" of quarantined mail however poorly it reads: the administrator gives (or
     * confirms) the customer's address and may give the subject; the rest is read as far as it can
     * be, the case registered (or the thread continued) as intake does, and the raw message
     * attached to it as {@code original.eml}. Once: the entry is resolved, and the message is
     * known by its content hash, so a later copy of it is a duplicate.
     */
    public String makeCase(long quarantineId, String customerEmail, String subject, String actor) {
        var held = heldEntry(quarantineId);
        byte[] raw = rawOf(held);
        var sender = customerEmail != null && !customerEmail.isBlank()
                ? SenderAddress.of(customerEmail).orElseThrow(() -> new InvalidInputException("customerEmail", "not a usable e-mail address"))
                : SenderAddress.of(held.getSender()).orElseThrow(() -> new InvalidInputException("customerEmail",
                "the message has no usable sender; give the customer's address"));
        if (subject != null && subject.length() > 300) {
            throw new InvalidInputException("subject", "at most 300 characters");
        }
        String key = ContentKey.of(raw);
        if (isKnown(key)) {
            Long caseId = caseOfKey(key);
            held.released(caseId, actor, clock.now());
            if (caseId == null) {
                throw new ActionNotAllowedException("this message was already taken in, without a case");
            }
            return em.find(Case.class, caseId).getNumber().value();
        }
        ParsedMail mail;
        try {
            mail = parser().parse(raw, sender).asCustomerMail(sender.address(), sender.name(), subject);
        } catch (MalformedMailException e) {
            mail = unreadable(key, sender, subject == null || subject.isBlank() ? held.getSubject() : subject, held.getSender(), e.getMessage());
        }
        var mailbox = held.getMailboxId() == null ? null : em.find(Mailbox.class, held.getMailboxId());
        register(mail, raw, mailbox);
        var message = em.createNamedQuery(MailMessage.BY_KEY, MailMessage.class).setParameter("key", key).getSingleResult();
        var landed = em.find(Case.class, message.getCaseId());
        if (raw.length <= settings.attachmentLimit()) {
            attachments.keep(CaseAttachment.ofMail(landed, lastCustomerMessage(landed), message.getId(), "original.eml",
                    "message/rfc822", null, false, raw, clock.now()));
        } else {
            cases.addNote(landed.getNumber().value(), "Originalet är för stort för en bilaga och finns i e-postarkivet / the original"
                    + " is too large for an attachment and is kept with the case's mail (" + raw.length + " bytes)", "mail");
        }
        held.released(landed.getId(), actor, clock.now());
        LOG.info(() -> "quarantined mail " + quarantineId + " made case " + landed.getNumber().value() + " by " + actor);
        return landed.getNumber().value();
    }

    /** Kept as it is, with who and when; it leaves the held list (and the mailbox's DEGRADED count). */
    public void dismiss(long quarantineId, String actor) {
        heldEntry(quarantineId).dismissed(actor, clock.now());
    }

    /**
     * Noise an administrator judged a person's mail (a false positive): it goes the way it would
     * have gone had the rules not matched — a new case with a receipt, or a message on its thread —
     * once; the message keeps its classification for the log. Returns its case's number.
     */
    public String promote(long messageId, String actor) {
        var message = em.find(MailMessage.class, messageId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getDirection() != MailMessage.Direction.IN || !message.getKind().isNoise()) {
            throw new se.ingang.platform.errors.NotFoundException("Noise mail", messageId);
        }
        message.promote(actor, clock.now());
        byte[] raw = message.getRawChunks() > 0 ? rawStore.read(RawChunk.Owner.MESSAGE, message.getId()) : message.getRaw();
        if (raw == null) {
            throw new ActionNotAllowedException("the message was erased");
        }
        ParsedMail mail;
        try {
            mail = parser().parse(raw).asCustomerMail(null, null, null);
        } catch (MalformedMailException e) {
            throw new ActionNotAllowedException("the message can no longer be read: " + e.getMessage());
        }
        var mailbox = message.getMailboxId() == null ? null : em.find(Mailbox.class, message.getMailboxId());
        var landed = route(mail, message, mailbox);
        LOG.info(() -> "noise mail " + messageId + " made case " + landed.getNumber().value() + " by " + actor);
        return landed.getNumber().value();
    }

    private QuarantinedMail heldEntry(long quarantineId) {
        var held = em.find(QuarantinedMail.class, quarantineId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            throw new se.ingang.platform.errors.NotFoundException("Quarantined mail", quarantineId);
        }
        held.requireHeld();
        return held;
    }

    private byte[] rawOf(QuarantinedMail held) {
        return held.getRawChunks() > 0 ? rawStore.read(RawChunk.Owner.QUARANTINE, held.getId()) : held.getRaw();
    }

    private Long caseOfKey(String key) {
        return em.createNamedQuery(MailMessage.BY_KEY, MailMessage.class).setParameter("key", key).getResultStream()
                .map(MailMessage::getCaseId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** A message nothing could be read of but what the administrator gave: the case says so, the original is attached. */
    private static ParsedMail unreadable(String key, SenderAddress.Sender sender, String subject, String fromHeader, String why) {
        String text = "Meddelandet kunde inte läsas automatiskt; originalet är bifogat (original.eml). / The message could not be"
                + " read automatically; the original is attached (original.eml). (" + why + ")";
        return new ParsedMail(key, null, null, java.util.List.of(), subject == null ? "" : subject, sender.address(), sender.name(),
                java.util.List.of(), null, text, null, MailKind.CUSTOMER, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), null, null, fromHeader, java.util.List.of(), null);
    }

    /**
     * Into the quarantine, once per message however often it is fetched (by UID, and by content
     * across mailboxes and re-deliveries); the raw bytes in chunks when large, so this insert never
     * fails for the size that made the message fail.
     */
    private void hold(long mailboxId, long uidValidity, long uid, byte[] raw, String reason, int attempts) {
        String key = ContentKey.of(raw);
        // Any entry, held or not: a dismissed or resolved message fetched again is not held a second time.
        var existing = em.createNamedQuery(QuarantinedMail.WITH_KEY, QuarantinedMail.class).setParameter("key", key)
                .setMaxResults(1).getResultList();
        if (existing.isEmpty()) {
            existing = em.createNamedQuery(QuarantinedMail.BY_UID, QuarantinedMail.class).setParameter("mailbox", mailboxId)
                    .setParameter("validity", uidValidity).setParameter("uid", uid).getResultList();
        }
        if (existing.isEmpty()) {
            var held = new QuarantinedMail(mailboxId, uidValidity, uid, raw, key, reason, clock.now());
            var glance = HeaderGlance.of(raw);
            held.glanced(glance.from(), glance.subject());
            held.attemptedBefore(attempts);
            em.persist(held);
            em.flush();
            if (held.needsRawChunks()) {
                held.rawKeptInChunks(rawStore.keep(RawChunk.Owner.QUARANTINE, held.getId(), raw));
            }
        } else {
            existing.get(0).fetchedAgain();
        }
        em.persist(new MailFetch(mailboxId, uidValidity, uid, "quarantine:" + mailboxId + ":" + uidValidity + ":" + uid, clock.now()));
        resolved(mailboxId, uidValidity, uid);
    }

    private void resolved(long mailboxId, long uidValidity, long uid) {
        em.createNamedQuery(IntakeFailure.RESOLVED).setParameter("mailbox", mailboxId).setParameter("validity", uidValidity)
                .setParameter("uid", uid).executeUpdate();
    }

    private MailParser parser() {
        return new MailParser(settings.attachmentLimit());
    }

    private IntakeOutcome register(ParsedMail mail, byte[] raw, Mailbox mailbox) {
        var now = clock.now();
        var message = MailMessage.received(mail.key(), mail.messageId(), mail.inReplyTo(),
                mail.references().isEmpty() ? null : String.join(" ", mail.references()),
                mailbox == null ? null : mailbox.getId(), mail.kind(), mail.fromAddress(), mail.subject(),
                mail.text(), mail.sanitisedHtml(), raw, now);
        message.keepFromHeader(mail.fromHeader());
        message.noiseBecause(mail.noiseReason());
        em.persist(message);
        em.flush();
        if (message.needsRawChunks()) {
            message.rawKeptInChunks(rawStore.keep(RawChunk.Owner.MESSAGE, message.getId(), raw));
        }
        if (mail.kind() == MailKind.BOUNCE) {
            bounce(mail, message);
            return IntakeOutcome.NOISE;
        }
        var thread = threadOf(mail);
        if (mail.kind().isNoise()) {
            thread.ifPresent(c -> {
                cases.addNote(c.getNumber().value(), "Automatiskt svar mottaget (räknas inte som kundens svar) / automatic reply received: "
                        + mail.subject(), "mail");
                message.belongsTo(c.getId());
            });
            return IntakeOutcome.NOISE;
        }
        return route(mail, message, mailbox, thread).outcome();
    }

    private Case route(ParsedMail mail, MailMessage message, Mailbox mailbox) {
        return route(mail, message, mailbox, threadOf(mail)).landed();
    }

    /** Where a person's mail went: the case, and whether it was new or appended. */
    private record Routed(Case landed, IntakeOutcome outcome) {
    }

    /** A person's mail (or mail an administrator judged to be one): a new case with a receipt, or its thread continued. */
    private Routed route(ParsedMail mail, MailMessage message, Mailbox mailbox, Optional<Case> thread) {
        Case landed;
        IntakeOutcome outcome;
        boolean newCase;
        if (thread.isPresent()) {
            var result = cases.customerMessage(thread.get().getNumber().value(), mail.text(), mail.fromAddress());
            landed = result.landedOn();
            newCase = result.effect() == CustomerMessageEffect.FOLLOW_UP_CASE;
            outcome = IntakeOutcome.APPENDED;
        } else {
            String subject = mail.subject().isBlank() ? NO_SUBJECT : clip(mail.subject(), 300);
            landed = cases.register(new NewCase(Channel.EMAIL, subject, mail.text(), clip(mail.fromName(), 200),
                    mail.fromAddress(), null, null, null, mailbox == null ? null : mailbox.getFrontOffice(), null, null),
                    "mail:" + (mailbox == null ? "quarantine" : mailbox.getName()));
            newCase = true;
            outcome = IntakeOutcome.NEW_CASE;
        }
        message.belongsTo(landed.getId());
        se.ingang.operations.control.LogContext.caseNumber(landed.getNumber().value());
        IntakeOutcome taken = outcome;
        LOG.info(() -> "mail from " + (mailbox == null ? "quarantine" : mailbox.getName()) + " taken in: " + taken);
        keepAttachments(mail, message, landed);
        if (newCase) {
            receipts.acknowledge(landed, mail, message);
        }
        return new Routed(landed, outcome);
    }

    /** Our thread: a Message-ID we sent or received in In-Reply-To/References first, then our subject tag. */
    private Optional<Case> threadOf(ParsedMail mail) {
        var ids = mail.referencedIds();
        if (!ids.isEmpty()) {
            var known = em.createNamedQuery(MailMessage.BY_MESSAGE_IDS, MailMessage.class).setParameter("ids", ids)
                    .setMaxResults(1).getResultList();
            if (!known.isEmpty()) {
                return Optional.ofNullable(em.find(Case.class, known.get(0).getCaseId()));
            }
        }
        return SubjectTag.caseNumberIn(mail.subject()).filter(CaseNumber::isValid)
                .flatMap(number -> em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class).setParameter("number", number)
                        .getResultStream().findFirst());
    }

    /** A delivery failure of one of our messages: noted on its case, the address marked as failing. */
    private void bounce(ParsedMail mail, MailMessage message) {
        var ids = new java.util.ArrayList<>(mail.bouncedIds());
        ids.addAll(mail.referencedIds());
        MailMessage original = ids.isEmpty() ? null : em.createNamedQuery(MailMessage.BY_MESSAGE_IDS, MailMessage.class)
                .setParameter("ids", ids).getResultStream()
                .filter(m -> m.getDirection() == MailMessage.Direction.OUT).findFirst().orElse(null);
        if (original == null) {
            LOG.info(() -> "bounce without a message of ours: " + mail.subject());
            return;
        }
        var c = em.find(Case.class, original.getCaseId());
        String address = mail.bouncedRecipient() != null ? mail.bouncedRecipient() : original.getRecipient();
        String detail = mail.bounceDetail() == null ? "" : " — " + mail.bounceDetail();
        cases.addNote(c.getNumber().value(), "E-post kunde inte levereras / mail could not be delivered to " + address + detail
                + " (\"" + original.getSubject() + "\")", "mail");
        message.belongsTo(c.getId());
        if (address != null) {
            var failing = em.find(FailingAddress.class, address);
            if (failing == null) {
                em.persist(new FailingAddress(address, clock.now(), mail.bounceDetail(), c.getId()));
            } else {
                failing.update(clock.now(), mail.bounceDetail(), c.getId());
            }
        }
    }

    private void keepAttachments(ParsedMail mail, MailMessage message, Case landed) {
        var entry = lastCustomerMessage(landed);
        for (var part : mail.attachments()) {
            attachments.keep(CaseAttachment.ofMail(landed, entry, message.getId(), part.fileName(), part.contentType(),
                    part.contentId(), part.inline(), part.content(), message.getCreatedAt()));
        }
        if (!mail.unreadable().isEmpty()) {
            var lines = mail.unreadable().stream().map(d -> d.fileName() + ": " + d.reason()).toList();
            cases.addNote(landed.getNumber().value(), "Bilagor som inte kunde läsas (sparade som de kom) / attachments that could not be read"
                    + " (kept as they came):\n" + String.join("\n", lines), "mail");
        }
        if (!mail.dropped().isEmpty()) {
            var lines = mail.dropped().stream().map(d -> d.fileName() + " (" + (d.size() < 0 ? "?" : d.size()) + " bytes): " + d.reason()).toList();
            cases.addNote(landed.getNumber().value(), "Bilagor som inte sparades / attachments not kept:\n" + String.join("\n", lines), "mail");
        }
    }

    /** The timeline entry of the message just taken in, so its files show with it. */
    private static TimelineEntry lastCustomerMessage(Case c) {
        var timeline = c.getTimeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).getKind() == TimelineEntryKind.INBOUND_MESSAGE) {
                return timeline.get(i);
            }
        }
        return null;
    }

    private boolean alreadyFetched(long mailboxId, long uidValidity, long uid) {
        return em.createNamedQuery(MailFetch.FIND, Long.class).setParameter("mailbox", mailboxId)
                .setParameter("validity", uidValidity).setParameter("uid", uid).getSingleResult() > 0;
    }

    private boolean isKnown(String key) {
        return !em.createNamedQuery(MailMessage.BY_KEY, MailMessage.class).setParameter("key", key).getResultList().isEmpty();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
