package se.ingang.api.feedback;

import se.ingang.access.boundary.CaseAccess;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.feedback.boundary.ImprovementLog;
import se.ingang.feedback.entity.ImprovementStatus;
import se.ingang.platform.control.ApplicationClock;

/**
 * The improvement log: list (optionally by status), log an item, move its status. Listed and moved
 * by those who follow an item up (ImprovementLog: owner, who logged it, managers, administrators).
 */
@Path("improvements")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImprovementsResource {

    @Inject
    CaseAccess access;

    @Inject
    ImprovementLog log;

    @Inject
    ApplicationClock clock;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<ImprovementView> list(@QueryParam("status") String status) {
        access.requireStaff(Caller.name(security));
        var today = clock.localNow().toLocalDate();
        return log.list(parseStatus(status), Caller.name(security)).stream().map(i -> ImprovementView.of(i, today)).toList();
    }

    @POST
    public Response create(@Valid @NotNull ImprovementRequest body) {
        access.requireStaff(Caller.name(security));
        var item = log.log(body.caseNumber(), body.cause(), body.action(), body.owner(), body.dueDate(), Caller.name(security));
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(item.getId())).build();
        return Response.created(location).entity(ImprovementView.of(item, clock.localNow().toLocalDate())).build();
    }

    @PUT
    @Path("{id}/status")
    public ImprovementView move(@PathParam("id") long id, @Valid @NotNull StatusChange body) {
        access.requireStaff(Caller.name(security));
        var item = log.move(id, body.status(), body.version(), Caller.name(security));
        return ImprovementView.of(item, clock.localNow().toLocalDate());
    }

    private static ImprovementStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ImprovementStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("status", "one of OPEN, IN_PROGRESS, DONE, REJECTED")));
        }
    }
}
