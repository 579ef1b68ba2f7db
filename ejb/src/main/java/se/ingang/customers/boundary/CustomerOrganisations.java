package se.ingang.customers.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.audit.control.Changes;
import se.ingang.cases.entity.Case;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerOrganisation;
import se.ingang.customers.entity.OrganisationKind;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.telephony.entity.CallRecord;

/** Organisations our customers act for, their people, and their contact history across all channels. */
@Stateless
public class CustomerOrganisations {

    /** How many of the newest cases and calls an organisation's history looks at. */
    static final int HISTORY_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditLog audit;

    @Inject
    ReadTrail reads;

    @Inject
    CaseAccess access;

    public List<CustomerOrganisation> search(String text) {
        if (text == null || text.isBlank()) {
            return em.createQuery("SELECT o FROM CustomerOrganisation o ORDER BY o.name, o.id", CustomerOrganisation.class)
                    .setMaxResults(500).getResultList();
        }
        return em.createQuery("SELECT o FROM CustomerOrganisation o WHERE LOWER(o.name) LIKE :q OR o.orgNumber = :exact"
                        + " ORDER BY o.name, o.id", CustomerOrganisation.class)
                .setParameter("q", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%")
                .setParameter("exact", text.strip()).setMaxResults(500).getResultList();
    }

    public CustomerOrganisation find(long id) {
        var organisation = em.find(CustomerOrganisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        return organisation;
    }

    public CustomerOrganisation create(String name, OrganisationKind kind, String orgNumber, String keyAccountOwner, String actor) {
        requireStaffUser(keyAccountOwner);
        var organisation = new CustomerOrganisation(name, kind, orgNumber, keyAccountOwner, clock.now());
        em.persist(organisation);
        em.flush();
        audit.record(actor, AuditLog.ORGANISATION, organisation.getId(), "CREATED", Changes.between(Map.of(), fields(organisation)));
        return organisation;
    }

    public CustomerOrganisation change(long id, long version, String name, OrganisationKind kind, String orgNumber,
                                       String keyAccountOwner, String actor) {
        var organisation = em.find(CustomerOrganisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        organisation.expectVersion(version);
        requireStaffUser(keyAccountOwner);
        var before = fields(organisation);
        organisation.change(name, kind, orgNumber, keyAccountOwner);
        em.flush();
        audit.record(actor, AuditLog.ORGANISATION, id, "CHANGED", Changes.between(before, fields(organisation)));
        return organisation;
    }

    /** Removes an organisation nobody belongs to any more. */
    public void delete(long id, long version, String actor) {
        var organisation = find(id);
        organisation.expectVersion(version);
        if (!members(id).isEmpty()) {
            throw new ActionNotAllowedException("Organisation " + id + " still has members; move them first");
        }
        audit.record(actor, AuditLog.ORGANISATION, id, "DELETED", Changes.between(fields(organisation), Map.of()));
        em.remove(organisation);
    }

    /** The person joins the organisation (null: leaves any); the actor must work one of the person's cases (AccessPolicy.mayChangeCustomer). */
    public Customer setMembership(long customerId, Long organisationId, String actor) {
        var customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || customer.getMergedInto() != null) {
            throw new NotFoundException("Customer", customerId);
        }
        access.checkCustomerChange(em.createNamedQuery(Case.FIND_BY_CUSTOMERS, Case.class)
                .setParameter("customers", List.of(customer)).getResultList(), actor);
        var organisation = organisationId == null ? null : find(organisationId);
        Long before = customer.getOrganisation() == null ? null : customer.getOrganisation().getId();
        customer.joinOrganisation(organisation);
        audit.record(actor, AuditLog.CUSTOMER, customerId, "ORGANISATION_CHANGED",
                Changes.between().field("organisation", before, organisationId));
        return customer;
    }

    /**
     * The organisation's people as a member of staff may see them (CaseAccess.visiblePeople); 404
     * for no such organisation; the read is recorded in the audit trail with how many were shown.
     */
    public List<Customer> people(long organisationId, String actor, ReadChannel channel) {
        find(organisationId);
        var shown = access.visiblePeople(members(organisationId), actor);
        reads.membersRead(organisationId, shown.size(), actor, channel);
        return shown;
    }

    public List<Customer> members(long organisationId) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.organisation.id = :id ORDER BY c.name, c.id", Customer.class)
                .setParameter("id", organisationId).getResultList();
    }

    /**
     * Every case and call of the organisation's people, newest first: cases in every channel
     * (e-mail, web, phone, visit), and calls from their phone numbers. Only what the caller may
     * see: {@code mayReadCase} filters cases, {@code mayReadCallsOf} calls by the front office
     * their phone queue feeds.
     */
    public List<OrganisationHistoryItem> history(long organisationId, Predicate<Case> mayReadCase,
                                                 Predicate<String> mayReadCallsOf) {
        find(organisationId);
        var items = new ArrayList<OrganisationHistoryItem>();
        em.createQuery("SELECT c FROM ServiceCase c JOIN FETCH c.customer JOIN FETCH c.queue JOIN FETCH c.frontOffice"
                        + " WHERE c.customer.organisation.id = :id ORDER BY c.receivedAt DESC, c.id DESC", Case.class)
                .setParameter("id", organisationId).setMaxResults(HISTORY_LIMIT).getResultStream()
                .filter(mayReadCase)
                .forEach(c -> items.add(new OrganisationHistoryItem("CASE", c.getReceivedAt(), c.getCustomer().getId(),
                        c.getNumber().value(), c.getChannel().name(), c.getSubject(), c.getStatus().name(), null, null)));
        var phones = members(organisationId).stream().filter(m -> m.getPhone() != null)
                .collect(java.util.stream.Collectors.toMap(Customer::getPhone, Customer::getId, (a, b) -> a));
        if (!phones.isEmpty()) {
            em.createQuery("SELECT r FROM CallRecord r JOIN FETCH r.phoneQueue"
                            + " WHERE r.callerNumber IN :phones ORDER BY r.startedAt DESC", CallRecord.class)
                    .setParameter("phones", phones.keySet()).setMaxResults(HISTORY_LIMIT).getResultStream()
                    .filter(r -> mayReadCallsOf.test(r.getPhoneQueue().getFrontOffice().getCode()))
                    .forEach(r -> items.add(new OrganisationHistoryItem("CALL", r.getStartedAt(), phones.get(r.getCallerNumber()),
                            r.getRegisteredCase() == null ? null : r.getRegisteredCase().getNumber().value(), "PHONE",
                            null, null, r.getCallId(), r.getOutcome().name())));
        }
        items.sort(Comparator.comparing(OrganisationHistoryItem::at).reversed());
        return items;
    }

    private void requireStaffUser(String username) {
        if (username != null && !username.isBlank() && staff.findUser(username.strip()).isEmpty()) {
            throw new InvalidInputException("keyAccountOwner", "unknown staff user '" + username + "'");
        }
    }

    private static Map<String, Object> fields(CustomerOrganisation o) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("name", o.getName());
        fields.put("kind", o.getKind());
        fields.put("orgNumber", o.getOrgNumber());
        fields.put("keyAccountOwner", o.getKeyAccountOwner());
        return fields;
    }
}
