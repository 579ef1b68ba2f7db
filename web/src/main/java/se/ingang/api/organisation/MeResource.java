package se.ingang.api.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import se.ingang.api.Caller;
import se.ingang.organisation.boundary.StaffDirectory;

/** GET /api/me: who the caller is (roles, queues); PUT /api/me/presence: "I am at work" for least-loaded assignment. */
@Path("me")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    StaffDirectory staff;

    @Context
    SecurityContext security;

    @GET
    public StaffView me() {
        return StaffView.of(staff.user(Caller.name(security)));
    }

    @PUT
    @Path("presence")
    public StaffView presence(@Valid @NotNull StaffRequests.Presence body) {
        return StaffView.of(staff.setPresence(Caller.name(security), body.present()));
    }
}
