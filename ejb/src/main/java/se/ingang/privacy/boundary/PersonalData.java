package se.ingang.privacy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.attachments.boundary.CaseAttachments;
import se.ingang.cases.entity.Case;
import se.ingang.consultations.boundary.Consultations;
import se.ingang.customers.entity.Customer;
import se.ingang.feedback.boundary.Surveys;
import se.ingang.feedback.entity.Survey;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.entity.MailMessage;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.privacy.control.RawText;
import se.ingang.registry.boundary.Preservation;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.audit.control.Changes;
import se.ingang.sla.boundary.Deadlines;
import se.ingang.sla.entity.Deadline;
import se.ingang.telephony.boundary.CallerData;

/**
 * Export (Art. 15) and erasure (Art. 17) of one person's data, each in one action and one
 * transaction. Erasure keeps the cases and their non-personal facts, so counts and KPIs
 * over them do not change. Process variables never hold personal data, so the engine's
 * tables need no erasure.
 */
@Stateless
public class PersonalData {

    private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Surveys surveys;

    @Inject
    CallerData callerData;

    @Inject
    Deadlines deadlines;

    /** Other features' copies of the case's texts (the e-mail channel's raw messages and attachments). */
    @Inject
    Event<CasePersonalDataErased> erased;

    @Inject
    Consultations consultations;

    @Inject
    MailArchive mailArchive;

    @Inject
    CaseAttachments attachments;

    @Inject
    Preservation preservation;

    @Inject
    AuditLog audit;

    @Inject
    ReadTrail reads;

    @Inject
    CaseAccess access;

    /** The person with this address, if the actor may look them up (CaseAccess.visiblePeople; 404 otherwise); audited. */
    public Customer findByEmail(String email, String actor, ReadChannel channel) {
        var found = em.createNamedQuery(Customer.FIND_BY_EMAIL, Customer.class)
                .setParameter("email", Customer.normaliseEmail(email)).getResultList();
        var shown = access.visiblePeople(found, actor);
        if (shown.isEmpty()) {
            throw new NotFoundException("Customer", email);
        }
        reads.customersLookedUp(List.of(shown.get(0).getId()), actor, channel);
        return shown.get(0);
    }

    /** Staff look at a person's contact history: refused for an unknown id, and recorded in the audit trail. */
    public void recordAccess(long customerId, String actor, ReadChannel channel) {
        customer(customerId, LockModeType.NONE);
        reads.historyRead(customerId, actor, channel);
    }

    public PersonalDataExport export(long customerId, String actor, ReadChannel channel) {
        var customer = customer(customerId, LockModeType.NONE);
        reads.exported(customerId, actor, channel);
        var person = new PersonalDataExport.Person(customer.getId(), customer.getName(), customer.getEmail(),
                customer.getPhone(), customer.getGroup().name(), customer.getCreatedAt(), customer.getLegalBasis().name(),
                customer.getConsentTextVersion(), customer.getConsentedAt());
        var held = casesOf(customerId);
        var cases = held.stream().map(c -> new PersonalDataExport.CaseRecord(
                c.getNumber().value(), c.getChannel().name(), c.getSubject(), c.getStatus().name(), c.getReceivedAt(),
                c.getClosedAt(),
                c.getTimeline().stream().map(e -> new PersonalDataExport.Entry(e.getOccurredAt(), e.getKind().name(),
                        e.getEvent() == null ? null : e.getEvent().name(), e.getAuthor(), e.getBody(), e.getDetail())).toList(),
                surveys.forCase(c.getId()).map(s -> new PersonalDataExport.Survey(s.getRecipient(), s.getScore(),
                        s.getComment(), s.getAnsweredAt())).orElse(null),
                mailArchive.messagesOf(c.getNumber().value()).stream().map(this::mail).toList(),
                attachments.ofCase(c.getId()).stream().map(a -> new PersonalDataExport.File(a.getFileName(),
                        a.getContentType(), a.getSize(), a.getReceivedAt())).toList())).toList();
        var calls = callerData.export(customer.getPhone(), held.stream().map(Case::getId).toList());
        return new PersonalDataExport(clock.now(), person, cases, calls.calls(), calls.callbacks());
    }

    private PersonalDataExport.Mail mail(MailMessage m) {
        byte[] raw = mailArchive.rawOf(m);
        return new PersonalDataExport.Mail(m.getDirection().name(), m.getKind().name(), m.getMessageId(), m.getInReplyTo(),
                m.getReferences(), m.getSender(), m.getRecipient(), m.getSubject(), m.getBody(), m.getHtmlBody(),
                m.getCreatedAt(), m.getSentAt(), raw == null ? null : RawText.of(raw));
    }

    /** Erases the person and everything personal in their cases; returns the case numbers touched. */
    public List<String> erase(long customerId, String actor) {
        var customer = customer(customerId, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.now();
        var cases = casesOf(customerId);
        // An official record (a registered case) or a case under legal hold outweighs the right to erasure (Art. 17(3)).
        for (var c : cases) {
            preservation.reasonToKeep(c).ifPresent(reason -> {
                throw new ActionNotAllowedException("Customer " + customerId + " cannot be erased: " + reason);
            });
        }
        cases.forEach(c -> eraseCase(c, actor, now));
        callerData.erase(customer.getPhone());
        customer.erase(now);
        audit.record(actor, AuditLog.CUSTOMER, customerId, "ERASED", Changes.between().field("cases", null, cases.size()));
        LOG.info(() -> actor + " erased the personal data of customer " + customerId + " (" + cases.size() + " cases)");
        return cases.stream().map(c -> c.getNumber().value()).toList();
    }

    /** One case's personal data: its texts, its survey's address and comment, its promise notes. */
    public void eraseCase(Case c, String actor, Instant now) {
        c.erasePersonalData(actor, now);
        surveys.forCase(c.getId()).ifPresent(Survey::erasePersonalData);
        deadlines.forCase(c.getId()).forEach(Deadline::erasePersonalData);
        erased.fire(new CasePersonalDataErased(c.getId()));
        consultations.erasePersonalData(c);
    }

    private List<Case> casesOf(long customerId) {
        return em.createQuery("SELECT DISTINCT c FROM ServiceCase c LEFT JOIN FETCH c.timeline"
                        + " WHERE c.customer.id = :customer ORDER BY c.receivedAt", Case.class)
                .setParameter("customer", customerId).getResultList();
    }

    private Customer customer(long id, LockModeType lock) {
        var customer = em.find(Customer.class, id, lock);
        if (customer == null) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }
}
