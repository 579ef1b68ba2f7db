package se.ingang.api.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.registry.boundary.Registry;
import se.ingang.registry.boundary.RegistryQuery;

/**
 * GET /api/registry?year=&amp;q=&amp;page=&amp;size= searches the registry (all staff; q: words of the
 * registry number, case number or title); GET /api/registry/export the same as CSV. A title is
 * shown (and searched) only where the caller may read its case.
 */
@Path("registry")
@RequestScoped
@Transactional
public class RegistryResource {

    @Inject
    CaseAccess access;

    @Inject
    Registry registry;

    @Context
    SecurityContext security;

    @GET
    @Produces("application/json")
    public RegistryList search(@QueryParam("year") Integer year, @QueryParam("q") String q,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("50") int size) {
        access.requireStaff(Caller.name(security));
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequestException(List.of(new FieldError("size", "page ≥ 0 and size 1–500")));
        }
        var found = registry.search(new RegistryQuery(year, q, page, size), access.visibility(Caller.name(security)));
        return new RegistryList(found.items().stream().map(r -> RegistrationView.of(r, found.titleOf(r))).toList(),
                found.total(), page, size);
    }

    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("year") Integer year, @QueryParam("q") String q) {
        access.requireStaff(Caller.name(security));
        return Response.ok(registry.exportCsv(year, q, access.visibility(Caller.name(security))))
                .header("Content-Disposition", "attachment; filename=\"registry" + (year == null ? "" : "-" + year) + ".csv\"")
                .build();
    }
}
