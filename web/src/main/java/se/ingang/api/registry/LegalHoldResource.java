package se.ingang.api.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.validation.constraints.NotNull;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.registry.boundary.Registry;

/** PUT /api/cases/{number}/legal-hold {"reason"} keeps the case from retention and erasure; DELETE lifts it (managers,
 * administrators); GET shows it. */
@Path("cases/{number}/legal-hold")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalHoldResource {

    @Inject
    CaseAccess access;

    @Inject
    Registry registry;

    @Context
    SecurityContext security;

    @PUT
    public LegalHoldView placeHold(@PathParam("number") String number, @Valid @NotNull LegalHoldRequest body) {
        access.requireLegalHolds(Caller.name(security));
        access.check(number, Caller.name(security));
        return LegalHoldView.of(registry.placeLegalHold(number, body.reason(), Caller.name(security)));
    }

    @GET
    public LegalHoldView hold(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        return registry.legalHoldOf(number).map(LegalHoldView::of)
                .orElseThrow(() -> new NotFoundException("Legal hold of case", number));
    }

    @DELETE
    public Response liftHold(@PathParam("number") String number) {
        access.requireLegalHolds(Caller.name(security));
        access.check(number, Caller.name(security));
        registry.liftLegalHold(number, Caller.name(security));
        return Response.noContent().build();
    }
}
