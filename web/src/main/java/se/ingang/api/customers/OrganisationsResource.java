package se.ingang.api.customers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.customers.boundary.CustomerOrganisations;
import se.ingang.customers.boundary.OrganisationHistoryItem;

/**
 * Customer organisations: all staff read (GET ?q=, /{id}, /{id}/history; /{id}/members only the
 * people the caller may look up, and audited);
 * agents, managers and administrators create, change and delete (with the version they saw).
 */
@Path("organisations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    CaseAccess access;

    @Inject
    CustomerOrganisations organisations;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<OrganisationView> search(@QueryParam("q") String q) {
        access.requireStaff(caller());
        return organisations.search(q).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationView find(@PathParam("id") long id) {
        access.requireStaff(caller());
        return OrganisationView.of(organisations.find(id));
    }

    @POST
    public Response create(@Valid @NotNull OrganisationRequest body) {
        access.requireCustomerMaintenance(caller());
        var created = organisations.create(body.name(), body.kind(), body.orgNumber(), body.keyAccountOwner(), caller());
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(OrganisationView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public OrganisationView change(@PathParam("id") long id, @Valid @NotNull OrganisationRequest body) {
        access.requireCustomerMaintenance(caller());
        if (body.version() == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        return OrganisationView.of(organisations.change(id, body.version(), body.name(), body.kind(), body.orgNumber(),
                body.keyAccountOwner(), caller()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        access.requireCustomerMaintenance(caller());
        if (version == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        organisations.delete(id, version, caller());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    public List<CustomerRecordView> members(@PathParam("id") long id) {
        access.requireStaff(caller());
        return organisations.people(id, caller(), ReadChannel.API).stream().map(CustomerRecordView::of).toList();
    }

    /** Every case and call of the organisation's people, newest first; only what the caller may see. */
    @GET
    @Path("{id}/history")
    public List<OrganisationHistoryItem> history(@PathParam("id") long id) {
        String caller = caller();
        access.requireStaff(caller);
        var who = access.who(caller);
        return organisations.history(id, c -> access.mayRead(c, who), frontOffice -> access.mayReadQueue(frontOffice, caller));
    }

    private String caller() {
        return Caller.name(security);
    }
}
