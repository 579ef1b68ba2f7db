package se.ingang.api.sla;

import se.ingang.api.Caller;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.ingang.cases.boundary.Cases;
import se.ingang.sla.boundary.Deadlines;

/**
 * GET the deadlines of a case. Its own root path: a root resource at "cases/{number}"
 * would capture every case sub-path and hide the case endpoints.
 */
@Path("cases/{number}/deadlines")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Inject
    Cases cases;

    @Inject
    Deadlines deadlines;

    @GET
    public List<DeadlineView> deadlines(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        var c = cases.find(number);
        return deadlines.forCase(c.getId()).stream().map(DeadlineView::of).toList();
    }
}
