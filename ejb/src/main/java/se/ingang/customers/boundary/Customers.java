package se.ingang.customers.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.audit.control.Changes;
import se.ingang.cases.entity.Case;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.customers.entity.MergeSuggestion;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.platform.errors.StaleVersionException;

/** Finds the customer behind a contact, or registers a new one; merges duplicates. */
@Stateless
public class Customers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditLog audit;

    @Inject
    CaseAccess access;

    @Inject
    ReadTrail reads;

    public Customer findOrRegister(String name, String email, String phone, CustomerGroup group) {
        String normalised = Customer.normaliseEmail(email);
        if (normalised != null) {
            var known = em.createNamedQuery(Customer.FIND_BY_EMAIL, Customer.class)
                    .setParameter("email", normalised).getResultStream().findFirst();
            if (known.isPresent()) {
                return completed(known.get(), name, phone, group);
            }
        }
        String phoneNumber = Customer.normalisePhone(phone);
        if (normalised == null && phoneNumber != null) {
            // No address to go by (a call, a visit): the phone number identifies the caller.
            var known = em.createNamedQuery(Customer.FIND_BY_PHONE, Customer.class)
                    .setParameter("phone", phoneNumber).getResultStream().findFirst();
            if (known.isPresent()) {
                return completed(known.get(), name, phone, group);
            }
        }
        var customer = new Customer(name, normalised, phone, group, clock.now());
        em.persist(customer);
        audit.record(null, AuditLog.CUSTOMER, customer.getId(), "REGISTERED", Changes.between()
                .secret("name", customer.getName() != null).secret("email", customer.getEmail() != null)
                .secret("phone", customer.getPhone() != null).field("group", null, customer.getGroup()));
        return customer;
    }

    /** A later contact told us more; the trail says which fields, never their values (personal data). */
    private Customer completed(Customer known, String name, String phone, CustomerGroup group) {
        String nameBefore = known.getName();
        String phoneBefore = known.getPhone();
        var groupBefore = known.getGroup();
        known.completeWith(name, phone, group);
        var changes = Changes.between().secret("name", !java.util.Objects.equals(nameBefore, known.getName()))
                .secret("phone", !java.util.Objects.equals(phoneBefore, known.getPhone()))
                .field("group", groupBefore, known.getGroup());
        if (!changes.isEmpty()) {
            audit.record(null, AuditLog.CUSTOMER, known.getId(), "COMPLETED", changes);
        }
        return known;
    }

    /** The person consented to the privacy text of this version (the web form records it). */
    public void recordConsent(Customer customer, String textVersion) {
        var before = customer.getConsentTextVersion();
        customer.recordConsent(textVersion, clock.now());
        audit.record(null, AuditLog.CUSTOMER, customer.getId(), "CONSENT_RECORDED", Changes.between()
                .field("legalBasis", null, customer.getLegalBasis()).field("consentTextVersion", before, textVersion));
    }

    /**
     * A member of staff looks up who is behind an address or number: only the records they may
     * see (CaseAccess.visiblePeople), each read recorded in the audit trail.
     */
    public List<Customer> lookUp(String email, String phone, String actor, ReadChannel channel) {
        var shown = access.visiblePeople(matching(email, phone), actor);
        reads.customersLookedUp(shown.stream().map(Customer::getId).toList(), actor, channel);
        return shown;
    }

    /** Two live records that may be one person (from a migration's review), with both records to decide by. */
    public record Suggestion(Customer customer, Customer other, String reason, java.time.Instant suggestedAt) {
    }

    /**
     * The open merge suggestions (managers and administrators, checked by the caller): reading
     * them shows both people's records, so each record shown is an audited read.
     */
    public List<Suggestion> mergeSuggestions(String actor, ReadChannel channel) {
        var open = em.createNamedQuery(MergeSuggestion.OPEN, MergeSuggestion.class).getResultList().stream()
                .map(s -> new Suggestion(em.find(Customer.class, s.getCustomerId()), em.find(Customer.class, s.getOtherCustomerId()),
                        s.getReason(), s.getSuggestedAt()))
                .toList();
        reads.customersLookedUp(open.stream().flatMap(s -> java.util.stream.Stream.of(s.customer().getId(), s.other().getId()))
                .distinct().toList(), actor, channel);
        return open;
    }

    /** Live records with this e-mail address or phone number (any common form), for finding duplicates. */
    public List<Customer> matching(String email, String phone) {
        var found = new java.util.LinkedHashSet<Customer>();
        String address = Customer.normaliseEmail(email);
        if (address != null) {
            found.addAll(em.createNamedQuery(Customer.FIND_BY_EMAIL, Customer.class).setParameter("email", address).getResultList());
        }
        String number = Customer.normalisePhone(phone);
        if (number != null) {
            found.addAll(em.createNamedQuery(Customer.FIND_BY_PHONE, Customer.class).setParameter("phone", number).getResultList());
        }
        return List.copyOf(found);
    }

    /**
     * Merges a duplicate into the surviving record: the duplicate's cases (and with them their
     * calls, messages, surveys and deadlines) move to the survivor, which takes over what it did
     * not know (address, phone, organisation, a consent). The duplicate keeps no personal data and
     * points to the survivor. Both records and every moved case get an audit entry.
     * The actor must be allowed to work every case of both records (AccessPolicy.mayMergeCustomers),
     * checked before anything changes; so the moved cases it answers with are ones the actor may read.
     */
    public MergeResult merge(long survivorId, long duplicateId, String actor) {
        if (survivorId == duplicateId) {
            throw new se.ingang.platform.errors.InvalidInputException("duplicateId", "a record cannot be merged into itself");
        }
        // Lock in id order, so two merges of the same pair cannot deadlock.
        var first = lock(Math.min(survivorId, duplicateId));
        var second = lock(Math.max(survivorId, duplicateId));
        var survivor = first.getId() == survivorId ? first : second;
        var duplicate = survivor == first ? second : first;
        var casesOfBoth = em.createNamedQuery(Case.FIND_BY_CUSTOMERS, Case.class)
                .setParameter("customers", List.of(survivor, duplicate)).getResultList();
        access.checkMerge(casesOfBoth, actor);
        var moved = casesOfBoth.stream().filter(c -> c.getCustomer().getId().equals(duplicate.getId()))
                .map(c -> c.getNumber().value()).toList();
        int updated = em.createQuery("UPDATE ServiceCase c SET c.customer = :survivor, c.version = c.version + 1"
                        + " WHERE c.customer = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        if (updated != moved.size()) {
            // A contact registered to the duplicate meanwhile: it was not part of the check.
            throw new StaleVersionException("Customer record " + duplicateId + " got another case meanwhile; merge again");
        }
        boolean hadConsent = survivor.getConsentedAt() != null;
        String address = duplicate.releaseAddress();
        em.flush();
        survivor.absorb(duplicate, address);
        em.flush();
        audit.record(actor, AuditLog.CUSTOMER, survivorId, "MERGED", Changes.between()
                .field("mergedFrom", null, duplicateId).field("casesMoved", null, moved.size())
                .field("consent", hadConsent, survivor.getConsentedAt() != null));
        audit.record(actor, AuditLog.CUSTOMER, duplicateId, "MERGED_INTO", Changes.between().field("mergedInto", null, survivorId));
        for (String number : moved) {
            audit.record(actor, AuditLog.CASE, number, "CUSTOMER_MERGED", Changes.between().field("customer", duplicateId, survivorId));
        }
        return new MergeResult(survivorId, duplicateId, moved);
    }

    private Customer lock(long id) {
        var customer = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }
}
