package se.ingang.publicform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.text.Collator;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.ingang.attachments.boundary.CaseAttachments;
import se.ingang.attachments.entity.CaseAttachment;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.TimelineEntry;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.mail.boundary.Outbox;
import se.ingang.mail.entity.MailKind;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.publicform.control.FormError;
import se.ingang.publicform.control.FormRules;
import se.ingang.publicform.control.FormSettings;
import se.ingang.platform.control.KeyedHash;
import se.ingang.publicform.control.RateLimit;
import se.ingang.publicform.control.FormReceiptText;
import se.ingang.platform.control.LinkTokens;
import se.ingang.publicform.control.SubmissionLog;
import se.ingang.publicform.control.Upload;
import se.ingang.publicform.control.WebFormInput;
import se.ingang.publicform.entity.StatusLink;

/**
 * The public web form and the customer's status page. A post is checked (honeypot, rules,
 * rate limit) before anything is stored; an accepted one becomes a WEB case with the
 * person's consent, their files and a private status link, in one transaction.
 */
@Stateless
public class PublicForm {

    /** Customers are recorded by role, never by name, so erasing a person leaves no name in the timeline. */
    public static final String CUSTOMER = "customer (web)";

    @PersistenceContext
    EntityManager em;

    /** Rate-limit keys: HMAC with the server's secret, never a plain hash of an address. */
    @Inject
    KeyedHash keyedHash;

    @Inject
    Cases cases;

    @Inject
    Organisation organisation;

    @Inject
    ApplicationClock clock;

    @Inject
    FormSettings settings;

    @Inject
    SubmissionLog log;

    /** The receipt goes out like every other mail: stored, sent after commit, threaded if answered. */
    @Inject
    Outbox outbox;

    @Inject
    CaseAttachments attachments;

    /** The topics the form offers, named in the customer's language (sv, en). */
    public List<TopicChoice> topics(String language) {
        return organisation.topics().stream()
                .map(t -> new TopicChoice(t.getCode(), nameIn(t.getName(), language)))
                .sorted(Comparator.comparing(TopicChoice::name, Collator.getInstance(Locale.forLanguageTag(language))))
                .toList();
    }

    public Receipt submit(WebFormInput input, String clientAddress) {
        if (FormRules.looksAutomated(input)) {
            throw new FormRejectedException(FormRejectedException.Reason.AUTOMATED, List.of());
        }
        var limits = settings.limits();
        var errors = FormRules.check(input, FormSettings.PRIVACY_TEXT_VERSION, limits);
        if (!errors.isEmpty()) {
            throw new FormRejectedException(FormRejectedException.Reason.INVALID, errors);
        }
        String email = blankToNull(input.email());
        var keys = new ArrayList<String>();
        keys.add(RateLimit.addressKey(keyedHash, clientAddress));
        if (email != null) {
            keys.add(RateLimit.emailKey(keyedHash, email));
        }
        checkRate(keys.get(0), limits.maxPerAddress());
        if (email != null) {
            checkRate(keys.get(1), limits.maxPerEmail());
        }

        var contact = new NewCase(Channel.WEB, input.subject().strip(), input.message().strip(), input.name().strip(),
                email, blankToNull(input.phone()), CustomerGroup.valueOf(input.customerGroup().strip().toUpperCase(Locale.ROOT)),
                blankToNull(input.topic()), null, CaseType.valueOf(input.type().strip().toUpperCase(Locale.ROOT)), null,
                input.consentTextVersion(), "en".equals(input.language()) ? "en" : "sv");
        Case registered;
        try {
            registered = cases.register(contact, CUSTOMER);
            registered.getCustomer().prefer(contact.language()); // chosen on the form, so answers follow it
        } catch (InvalidInputException e) {
            throw new FormRejectedException(FormRejectedException.Reason.INVALID,
                    List.of(FormError.of("topic", "error.choice.invalid")));
        }
        var now = clock.now();
        attach(registered, lastCustomerMessage(registered), input.uploads(), now);
        String token = LinkTokens.newToken();
        em.persist(new StatusLink(LinkTokens.hash(token), registered, now, now.plus(settings.statusLinkValidity())));
        keys.forEach(key -> log.record(key, now));
        log.forgetOlderThan(limits.rateWindow(), now);
        String number = registered.getNumber().toString();
        if (email != null) {
            var text = FormReceiptText.of(number, settings.statusUrl(token), "en".equals(input.language()));
            outbox.queue(registered, MailKind.RECEIPT, email, text.subject(), text.body(), text.confidential());
        }
        return new Receipt(number, token, email != null);
    }

    /** The case behind a status link; an unknown, expired or erased one is simply not found. */
    public StatusView status(String token) {
        var link = link(token);
        var c = cases.find(link.getServiceCase().getNumber().toString());
        return view(c);
    }

    /** The customer's reply on the status page: resumes, reopens or follows up the case (see Cases.customerMessage). */
    public StatusView reply(String token, String text, List<Upload> uploads, String clientAddress) {
        var link = link(token);
        var limits = settings.limits();
        var chosen = uploads == null ? List.<Upload>of() : uploads.stream().filter(u -> !u.isEmpty()).toList();
        var errors = FormRules.checkReply(text, chosen, limits);
        if (!errors.isEmpty()) {
            throw new FormRejectedException(FormRejectedException.Reason.INVALID, errors);
        }
        String addressKey = RateLimit.addressKey(keyedHash, clientAddress);
        String linkKey = RateLimit.linkKey(keyedHash, LinkTokens.hash(token));
        checkRate(addressKey, limits.maxPerAddress());
        checkRate(linkKey, limits.maxPerEmail());
        var result = cases.customerMessage(link.getServiceCase().getNumber().toString(), text.strip(), CUSTOMER);
        var landedOn = result.landedOn();
        if (!landedOn.getId().equals(link.getServiceCase().getId())) {
            link.follow(landedOn);
        }
        em.flush();
        var now = clock.now();
        attach(landedOn, lastCustomerMessage(landedOn), chosen, now);
        log.record(addressKey, now);
        log.record(linkKey, now);
        return view(cases.find(landedOn.getNumber().toString()));
    }

    private StatusLink link(String token) {
        if (!LinkTokens.hasTokenShape(token)) {
            throw new NotFoundException("Status page", "?");
        }
        var link = em.createNamedQuery(StatusLink.FIND_BY_HASH, StatusLink.class)
                .setParameter("hash", LinkTokens.hash(token)).getResultStream().findFirst()
                .filter(l -> l.isValidAt(clock.now()))
                .filter(l -> l.getServiceCase().getAnonymisedAt() == null)
                .orElseThrow(() -> new NotFoundException("Status page", "?"));
        return link;
    }

    private void checkRate(String key, int max) {
        var since = clock.now().minus(settings.limits().rateWindow());
        if (!RateLimit.allows(log.postsSince(key, since), max)) {
            throw new FormRejectedException(FormRejectedException.Reason.TOO_MANY, List.of());
        }
    }

    private void attach(Case c, TimelineEntry entry, List<Upload> uploads, Instant now) {
        for (var upload : uploads) {
            if (upload.isEmpty()) {
                continue;
            }
            try {
                attachments.keep(CaseAttachment.uploaded(c, entry, upload.safeFileName(), upload.contentType(),
                        upload.content().read(), now));
            } catch (IOException e) {
                throw new UncheckedIOException("attachment " + upload.safeFileName() + " could not be read", e);
            }
        }
    }

    private static TimelineEntry lastCustomerMessage(Case c) {
        var timeline = c.getTimeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).getKind() == TimelineEntryKind.INBOUND_MESSAGE) {
                return timeline.get(i);
            }
        }
        return null;
    }

    private StatusView view(Case c) {
        Map<Long, List<String>> files = new HashMap<>();
        attachments.ofCase(c.getId()).stream().filter(a -> !a.isInline())
                .forEach(a -> files.computeIfAbsent(a.getEntryId(), id -> new ArrayList<>()).add(a.getFileName()));
        var messages = new ArrayList<StatusView.Message>();
        for (var entry : c.getTimeline()) {
            boolean inbound = entry.getKind() == TimelineEntryKind.INBOUND_MESSAGE;
            boolean outbound = entry.getKind() == TimelineEntryKind.OUTBOUND_MESSAGE;
            if ((inbound || outbound) && entry.getBody() != null) {
                messages.add(new StatusView.Message(inbound, entry.getOccurredAt(), entry.getBody(),
                        List.copyOf(files.getOrDefault(entry.getId(), List.of()))));
            }
        }
        return new StatusView(c.getNumber().toString(), c.getSubject(), c.getStatus(), c.getReceivedAt(),
                List.copyOf(messages));
    }

    /** Topic names are stored bilingual, "Svenska / English". */
    static String nameIn(String bilingual, String language) {
        int slash = bilingual.indexOf(" / ");
        if (slash < 0) {
            return bilingual;
        }
        return "en".equals(language) ? bilingual.substring(slash + 3).strip() : bilingual.substring(0, slash).strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
