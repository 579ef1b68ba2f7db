package se.ingang.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.audit.control.Changes;
import se.ingang.cases.boundary.CaseVisibility;
import se.ingang.cases.control.CaseTrail;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.organisation.entity.StaffUser;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.registry.control.PublicCopyRedaction;
import se.ingang.registry.control.RegistryCounters;
import se.ingang.registry.control.RegistryCsv;
import se.ingang.registry.entity.LegalHold;
import se.ingang.registry.entity.Registration;

/**
 * The registry (diarium, light): registering a case as a formal matter, searching and
 * exporting the registry, legal holds, and public copies of registered cases.
 */
@Stateless
public class Registry {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    RegistryCounters counters;

    @Inject
    CaseTrail trail;

    /** The series prefix of registry numbers ("KT 2026/123"). */
    @Inject
    @ConfigProperty(name = "ingang.registry.prefix", defaultValue = "KT")
    String prefix;

    /** Registers the case with the next number of the year; a case is registered once (409 the second time). */
    public Registration register(String caseNumber, String title, String actor) {
        var c = lockCase(caseNumber);
        var existing = registrationOf(c);
        if (existing.isPresent()) {
            throw new ActionNotAllowedException("Case " + caseNumber + " is already registered as "
                    + existing.get().getRegistryNumber());
        }
        var today = clock.localNow();
        int year = today.getYear();
        counters.ensureYear(year);
        long sequence = counters.next(year);
        var registration = new Registration(c, prefix, year, sequence, title == null || title.isBlank() ? c.getSubject() : title,
                today.toLocalDate(), clock.now(), actor);
        em.persist(registration);
        trail.recorded("REGISTERED_IN_REGISTRY", c, actor, Changes.between()
                .field("registryNumber", null, registration.getRegistryNumber())
                .field("registeredOn", null, registration.getRegisteredOn()));
        return registration;
    }

    public Optional<Registration> registrationOf(String caseNumber) {
        return registrationOf(findCase(caseNumber, LockModeType.NONE));
    }

    public Optional<LegalHold> legalHoldOf(String caseNumber) {
        var c = findCase(caseNumber, LockModeType.NONE);
        return em.createNamedQuery(LegalHold.OF_CASE, LegalHold.class).setParameter("caseId", c.getId())
                .getResultStream().findFirst();
    }

    /**
     * The registry as one member of staff may see it: every entry (number, date, case), but a
     * title only where they may read its case ({@code titlesReadable}, as CaseAccess.visibility):
     * titles name people and matters. Words of the search match only titles shown, so a search
     * cannot tell what a withheld title says.
     */
    public RegistryPage search(RegistryQuery query, CaseVisibility titlesReadable) {
        var where = new ArrayList<String>();
        if (query.year() != null) {
            where.add("r.year = :year");
        }
        String titleShown = titlesReadable.all() ? "" : " AND " + titlesReadable.condition("r.serviceCase");
        var words = words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.add("(LOWER(r.registryNumber) LIKE :w" + i + " OR r.serviceCase.number.value LIKE :w" + i
                    + " OR (LOWER(r.title) LIKE :w" + i + titleShown + "))");
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var items = em.createQuery("SELECT r FROM Registration r JOIN FETCH r.serviceCase" + condition
                + " ORDER BY r.year DESC, r.sequence DESC", Registration.class);
        var count = em.createQuery("SELECT COUNT(r) FROM Registration r" + condition, Long.class);
        for (var q : List.<jakarta.persistence.Query>of(items, count)) {
            if (query.year() != null) {
                q.setParameter("year", query.year());
            }
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, "%" + words.get(i) + "%");
            }
            if (!titlesReadable.all() && !words.isEmpty()) {
                titlesReadable.bind(q);
            }
        }
        var page = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        var withheld = page.stream().filter(r -> !titlesReadable.includes(r.getServiceCase().getQueue().getCode(),
                        r.getServiceCase().getFrontOffice().getCode(), r.getServiceCase().getAssignee()))
                .map(Registration::getId).collect(Collectors.toSet());
        return new RegistryPage(page, withheld, count.getSingleResult(), query.page(), query.size());
    }

    /** The whole registry matching the search (no paging) as CSV, with the titles the reader may see. */
    public String exportCsv(Integer year, String text, CaseVisibility titlesReadable) {
        var all = search(new RegistryQuery(year, text, 0, 100_000), titlesReadable);
        return RegistryCsv.write(all.items(), all::titleOf);
    }

    public LegalHold placeLegalHold(String caseNumber, String reason, String actor) {
        var c = lockCase(caseNumber);
        var existing = em.createNamedQuery(LegalHold.OF_CASE, LegalHold.class).setParameter("caseId", c.getId())
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            throw new ActionNotAllowedException("Case " + caseNumber + " is already under a legal hold");
        }
        var hold = new LegalHold(c, reason, clock.now(), actor);
        em.persist(hold);
        trail.recorded("LEGAL_HOLD_PLACED", c, actor, Changes.between().field("legalHold", false, true));
        return hold;
    }

    public void liftLegalHold(String caseNumber, String actor) {
        var c = lockCase(caseNumber);
        var hold = em.createNamedQuery(LegalHold.OF_CASE, LegalHold.class).setParameter("caseId", c.getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Legal hold of case", caseNumber));
        em.remove(hold);
        trail.recorded("LEGAL_HOLD_LIFTED", c, actor, Changes.between().field("legalHold", true, false));
    }

    /**
     * The registered case as released to the public: the customer's and our messages, no
     * internal notes or events, and the personal data of the people in it removed.
     */
    public PublicCopy publicCopy(String caseNumber, String actor) {
        var c = em.createNamedQuery(Case.FIND_WHOLE_BY_NUMBER, Case.class).setParameter("number", caseNumber.trim())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Case", caseNumber));
        var registration = registrationOf(c).orElseThrow(() -> new ActionNotAllowedException(
                "Case " + caseNumber + " is not registered; only registered matters have a public copy"));
        var customer = c.getCustomer();
        var names = new ArrayList<String>();
        names.add(customer.getName());
        names.addAll(staffNamesIn(c));
        var redaction = new PublicCopyRedaction(names, Stream.of(customer.getEmail(), customer.getPhone()).toList());
        var documents = c.getTimeline().stream()
                .filter(e -> e.getKind() == TimelineEntryKind.INBOUND_MESSAGE || e.getKind() == TimelineEntryKind.OUTBOUND_MESSAGE)
                .map(e -> new PublicCopy.Document(e.getOccurredAt(),
                        e.getKind() == TimelineEntryKind.INBOUND_MESSAGE ? "IN" : "OUT", redaction.redact(e.getBody())))
                .toList();
        trail.recorded("PUBLIC_COPY_MADE", c, actor, null);
        return new PublicCopy(registration.getRegistryNumber(), registration.getRegisteredOn(), c.getNumber().value(),
                redaction.redact(registration.getTitle()), c.getChannel().name(), c.getType().name(),
                c.getTopic() == null ? null : c.getTopic().getCode(), c.getStatus().name(), c.getReceivedAt(),
                c.getClosedAt(), documents, "Internal notes are not part of the copy; personal data has been removed. "
                + "Interna anteckningar ingår inte; personuppgifter är borttagna.");
    }

    /** The staff who wrote in the case or hold it sign their replies: their names are the case's personal data too. */
    private List<String> staffNamesIn(Case c) {
        var usernames = c.getTimeline().stream().map(e -> e.getAuthor()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        if (c.getAssignee() != null) {
            usernames.add(c.getAssignee());
        }
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(StaffUser.DISPLAY_NAMES, String.class).setParameter("usernames", usernames).getResultList();
    }

    private Optional<Registration> registrationOf(Case c) {
        return em.createNamedQuery(Registration.OF_CASE, Registration.class).setParameter("caseId", c.getId())
                .getResultStream().findFirst();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "").split("\\s+"));
    }

    private Case lockCase(String number) {
        return findCase(number, LockModeType.PESSIMISTIC_WRITE);
    }

    private Case findCase(String number, LockModeType lock) {
        if (number == null || !CaseNumber.isValid(number)) {
            throw new NotFoundException("Case", number);
        }
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class).setParameter("number", number.trim())
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Case", number));
    }
}
