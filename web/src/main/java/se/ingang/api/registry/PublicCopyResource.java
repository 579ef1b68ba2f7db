package se.ingang.api.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.registry.boundary.PublicCopy;
import se.ingang.registry.boundary.Registry;

/** GET /api/cases/{number}/public-copy: a registered case as released to the public (allmän handling), without
 * internal notes and personal data; for whoever may open the case. */
@Path("cases/{number}/public-copy")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PublicCopyResource {

    @Inject
    CaseAccess access;

    @Inject
    Registry registry;

    @Context
    SecurityContext security;

    @GET
    public PublicCopy publicCopy(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        return registry.publicCopy(number, Caller.name(security));
    }
}
