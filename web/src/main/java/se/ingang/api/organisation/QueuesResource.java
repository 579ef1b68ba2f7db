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
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.organisation.boundary.Organisation;

/**
 * GET /api/queues: what a client may name in case commands. Administrators create queues
 * (POST) and choose how a queue's new cases get an owner (PUT {code}/assignment-policy).
 * One transaction, so that mapping reads associations while their persistence context is open.
 */
@Path("queues")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueuesResource {

    @Inject
    Organisation organisation;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<QueueView> queues() {
        access.requireStaff(Caller.name(security));
        return organisation.queues().stream().map(QueueView::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull QueueRequest body) {
        access.requireConfiguration(Caller.name(security));
        var queue = organisation.createQueue(body.code(), body.name(), body.kind());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(queue.getCode()).build())
                .entity(QueueView.of(queue)).build();
    }

    @PUT
    @Path("{code}/assignment-policy")
    public QueueView changeAssignmentPolicy(@PathParam("code") String code, @Valid @NotNull AssignmentPolicyRequest body) {
        access.requireConfiguration(Caller.name(security));
        return QueueView.of(organisation.changeAssignmentPolicy(code, body.policy()));
    }

    @PUT
    @Path("{code}/signatures")
    public QueueView changeSignatures(@PathParam("code") String code, @Valid @NotNull SignaturesRequest body) {
        access.requireConfiguration(Caller.name(security));
        return QueueView.of(organisation.changeSignatures(code, body.signatureSv(), body.signatureEn()));
    }
}
