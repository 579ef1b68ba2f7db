package se.ingang.api.sla;

import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import se.ingang.api.Caller;
import se.ingang.cases.boundary.Cases;

/** POST a promised follow-up ("I will get back to you by …"); answers with the case's deadlines. */
@Path("cases/{number}/promises")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromisesResource {

    @Inject
    CaseAccess access;

    @Inject
    Cases cases;

    @Inject
    DeadlinesResource deadlines;

    @Context
    SecurityContext security;

    @POST
    public Response promise(@PathParam("number") String number, @Valid @NotNull PromiseRequest body) {
        access.checkWork(number, Caller.name(security));
        var c = cases.promiseFollowUp(number, body.due(), body.note(), Caller.name(security));
        return Response.status(Response.Status.CREATED).entity(deadlines.deadlines(c.getNumber().value())).build();
    }
}
