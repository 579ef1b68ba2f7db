package se.ingang.api.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.registry.boundary.Registry;

/** POST /api/cases/{number}/registration registers the case in the registry (who may work the case; 409 when it is
 * registered already); GET shows its registration. */
@Path("cases/{number}/registration")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseRegistrationResource {

    @Inject
    CaseAccess access;

    @Inject
    Registry registry;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    public Response register(@PathParam("number") String number, @Valid RegistrationRequest body) {
        access.checkWork(number, Caller.name(security));
        var registration = registry.register(number, body == null ? null : body.title(), Caller.name(security));
        return Response.created(uriInfo.getAbsolutePath()).entity(RegistrationView.of(registration)).build();
    }

    @GET
    public RegistrationView registration(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        return registry.registrationOf(number).map(RegistrationView::of)
                .orElseThrow(() -> new NotFoundException("Registration of case", number));
    }
}
