package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.api.problems.ProblemMapping;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.customers.boundary.CustomerOrganisations;
import se.ingang.customers.boundary.OrganisationHistoryItem;
import se.ingang.customers.entity.OrganisationKind;

/**
 * The organisations page (GET ?q=&amp;id=): search; one organisation's people (those the signed-in person
 * may look up; the read is audited) and contact history
 * (only the cases and calls the signed-in person may see); agents, managers and administrators
 * add organisations. As the API (OrganisationsResource).
 */
@Named
@RequestScoped
public class OrganisationsScreen {

    /** An organisation in the list. */
    public record Row(long id, String name, String kind, String orgNumber, String keyAccountOwner) {
    }

    /** A person of the selected organisation. */
    public record Member(long id, String name, String email, String phone) {
    }

    @Inject
    CustomerOrganisations organisations;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private String q;
    private Long id;
    private List<Row> rows = List.of();
    private Row selected;
    private List<Member> members = List.of();
    private List<OrganisationHistoryItem> history = List.of();

    private String newName;
    private String newKind = OrganisationKind.COMPANY.name();
    private String newOrgNumber;
    private String newOwner;

    public void load() throws java.io.IOException {
        String caller = user.getName();
        if (Refusal.refused(access.who(caller).isStaff())) {
            return;
        }
        rows = organisations.search(q).stream().map(OrganisationsScreen::row).toList();
        if (id != null) {
            selected = row(organisations.find(id));
            members = organisations.people(id, caller, ReadChannel.PAGE).stream()
                    .map(m -> new Member(m.getId(), m.getName(), m.getEmail(), m.getPhone())).toList();
            var who = access.who(caller);
            history = organisations.history(id, c -> access.mayRead(c, who), fo -> access.mayReadQueue(fo, caller));
        }
    }

    public void create() {
        try {
            access.requireCustomerMaintenance(user.getName());
            var created = organisations.create(newName, newKind == null || newKind.isBlank() ? null : OrganisationKind.valueOf(newKind),
                    newOrgNumber, newOwner, user.getName());
            Texts.info("case.done", Texts.text("org.created").replace("{0}", created.getName()));
            newName = null;
            newOrgNumber = null;
            newOwner = null;
            rows = organisations.search(q).stream().map(OrganisationsScreen::row).toList();
        } catch (RuntimeException e) {
            var problem = ProblemMapping.toProblem(e);
            if (problem.status() >= 500) {
                throw e;
            }
            Texts.error("case.notAllowed", problem.errors() == null || problem.errors().isEmpty() ? problem.detail()
                    : problem.errors().stream().map(f -> f.field() + ": " + f.message())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    private static Row row(se.ingang.customers.entity.CustomerOrganisation o) {
        return new Row(o.getId(), o.getName(), o.getKind().name(), o.getOrgNumber(), o.getKeyAccountOwner());
    }

    public boolean isMayMaintain() {
        return AccessPolicy.mayMaintainCustomers(access.who(user.getName()));
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getSelected() {
        return selected;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<OrganisationHistoryItem> getHistory() {
        return history;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public String getNewOrgNumber() {
        return newOrgNumber;
    }

    public void setNewOrgNumber(String newOrgNumber) {
        this.newOrgNumber = newOrgNumber;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }
}
