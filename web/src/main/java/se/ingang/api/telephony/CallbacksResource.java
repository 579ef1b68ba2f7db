package se.ingang.api.telephony;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.telephony.boundary.Callbacks;

/** Callbacks of missed calls, by the number of their case; agents record each attempt here (CaseAccess as for the case). */
@Path("callbacks")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallbacksResource {

    @Inject
    Callbacks callbacks;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    @Path("{caseNumber}")
    public CallbackView get(@PathParam("caseNumber") String caseNumber) {
        access.check(caseNumber, Caller.name(security));
        return CallbackView.of(callbacks.find(caseNumber));
    }

    @POST
    @Path("{caseNumber}/attempts")
    public CallbackView attempt(@PathParam("caseNumber") String caseNumber, @Valid @NotNull CallbackAttemptRequest body) {
        access.checkWork(caseNumber, Caller.name(security));
        return CallbackView.of(callbacks.attempt(caseNumber, body.outcome(), body.note(), body.version(),
                Caller.name(security)));
    }
}
