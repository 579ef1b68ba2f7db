package se.ingang.api.telephony;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.cases.CaseMapper;
import se.ingang.api.cases.CasesResource;
import se.ingang.cases.boundary.Cases;
import se.ingang.telephony.boundary.OneStepRegistration;

/**
 * The front office's one-step form for an answered call or a visit: 201 with the new case.
 * The caller must work the front office the case comes in through (it is triaged at once);
 * otherwise 403, and the transaction leaves nothing behind.
 */
@Path("one-step-cases")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OneStepCasesResource {

    @Inject
    OneStepRegistration registration;

    @Inject
    Cases cases;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    public Response register(@Valid @NotNull OneStepCaseRequest body) {
        access.requireStaff(Caller.name(security));
        var registered = registration.register(body.toContact(), Caller.name(security));
        access.checkWorkIn(registered.getFrontOffice().getCode(), Caller.name(security));
        // Read again so the answer carries the version the next command needs (see CasesResource).
        var detail = CaseMapper.toDetail(cases.find(registered.getNumber().value()));
        var location = uriInfo.getBaseUriBuilder().path(CasesResource.class).path(detail.number()).build();
        return Response.created(location).entity(detail).build();
    }
}
