package se.ingang.api.organisation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.organisation.boundary.StaffDirectory;

/**
 * Administration of staff users (administrators only): create, details, password, roles,
 * queue memberships, active. The password is hashed by the application
 * (organisation.control.PasswordHashing) and never returned.
 */
@Path("staff")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffDirectory staff;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<StaffView> list() {
        administrator();
        return staff.users().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("{username}")
    public StaffView find(@PathParam("username") String username) {
        administrator();
        return StaffView.of(staff.user(username));
    }

    @POST
    public Response create(@Valid @NotNull StaffRequests.NewStaff body) {
        administrator();
        var user = staff.addUser(body.username(), body.displayName(), body.email(), body.roles(),
                body.queues() == null ? Set.of() : body.queues());
        if (body.password() != null) {
            staff.setPassword(user.getUsername(), body.password());
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(user.getUsername()).build())
                .entity(StaffView.of(user)).build();
    }

    @PUT
    @Path("{username}")
    public StaffView changeDetails(@PathParam("username") String username, @Valid @NotNull StaffRequests.Details body) {
        administrator();
        return StaffView.of(staff.changeDetails(username, body.displayName(), body.email()));
    }

    /** 204: nothing about a password is ever sent back. */
    @PUT
    @Path("{username}/password")
    public Response setPassword(@PathParam("username") String username, @Valid @NotNull StaffRequests.Password body) {
        administrator();
        staff.setPassword(username, body.password());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/roles")
    public StaffView changeRoles(@PathParam("username") String username, @Valid @NotNull StaffRequests.Roles body) {
        administrator();
        return StaffView.of(staff.changeRoles(username, body.roles()));
    }

    @PUT
    @Path("{username}/queues")
    public StaffView changeQueues(@PathParam("username") String username, @Valid @NotNull StaffRequests.Queues body) {
        administrator();
        return StaffView.of(staff.changeQueues(username, body.queues()));
    }

    @PUT
    @Path("{username}/active")
    public StaffView setActive(@PathParam("username") String username, @Valid @NotNull StaffRequests.Active body) {
        administrator();
        return StaffView.of(staff.setActive(username, body.active()));
    }

    private void administrator() {
        access.requireConfiguration(Caller.name(security));
    }
}
