package se.ingang.api.customers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.customers.boundary.CustomerOrganisations;
import se.ingang.customers.boundary.Customers;
import se.ingang.customers.boundary.MergeResult;

/**
 * GET /api/customer-records?email=&amp;phone= lists the records that match (duplicates show up
 * here); PUT /api/customer-records/{id}/organisation sets the organisation a person acts for;
 * POST /api/customer-records/{id}/merge {"duplicateId"} merges a duplicate into this record.
 * Reading: agents, managers and administrators, and other staff for the people of cases they may
 * work (the others are left out); each lookup is in the audit trail. Changing: managers and administrators, and agents for the people whose
 * cases they work (the organisation: one of the person's cases; a merge: every case of both
 * records), checked by the service on the records it changes.
 */
@Path("customer-records")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerRecordsResource {

    @Inject
    CaseAccess access;

    @Inject
    Customers customers;

    @Inject
    CustomerOrganisations organisations;

    @Context
    SecurityContext security;

    @GET
    public List<CustomerRecordView> matching(@QueryParam("email") String email, @QueryParam("phone") String phone) {
        access.requireStaff(Caller.name(security));
        if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
            throw new InvalidRequestException(List.of(new FieldError("email", "give an e-mail address or a phone number")));
        }
        return customers.lookUp(email, phone, Caller.name(security), ReadChannel.API).stream()
                .map(CustomerRecordView::of).toList();
    }

    /** Records that may be one person (e.g. after phone numbers were re-normalised); managers and administrators. */
    @GET
    @Path("merge-suggestions")
    public List<MergeSuggestionView> mergeSuggestions() {
        access.requireReadsEverything(Caller.name(security));
        return customers.mergeSuggestions(Caller.name(security), ReadChannel.API).stream().map(MergeSuggestionView::of).toList();
    }

    @PUT
    @Path("{id}/organisation")
    public CustomerRecordView setOrganisation(@PathParam("id") long id, @NotNull MembershipRequest body) {
        access.requireCustomerMaintenance(Caller.name(security));
        return CustomerRecordView.of(organisations.setMembership(id, body.organisationId(), Caller.name(security)));
    }

    @POST
    @Path("{id}/merge")
    public MergeResult merge(@PathParam("id") long id, @Valid @NotNull MergeRequest body) {
        access.requireCustomerMaintenance(Caller.name(security));
        return customers.merge(id, body.duplicateId(), Caller.name(security));
    }
}
