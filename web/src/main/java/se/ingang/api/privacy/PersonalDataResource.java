package se.ingang.api.privacy;

import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.api.Caller;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.api.cases.CaseList;
import se.ingang.api.cases.CaseMapper;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.boundary.Cases;
import se.ingang.privacy.boundary.PersonalData;

/**
 * GET /api/customers?email=… finds a person; GET /api/customers/{id}/cases is their contact history; GET /api/customers/{id}/personal-data exports
 * everything about them (a JSON file); POST /api/customers/{id}/erasure erases it.
 */
@Path("customers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    CaseAccess access;

    @Inject
    PersonalData personalData;

    @Inject
    Cases cases;

    @Context
    SecurityContext security;

    @GET
    public CustomerRef find(@QueryParam("email") String email) {
        access.requireStaff(Caller.name(security));
        if (email == null || email.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldError("email", "required")));
        }
        return new CustomerRef(personalData.findByEmail(email, Caller.name(security), ReadChannel.API).getId());
    }

    /** Contact history: every case of the person, all channels, newest first. */
    @GET
    @Path("{id}/cases")
    public CaseList history(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidRequestException(List.of(new FieldError("size", "page ≥ 0 and size 1–200")));
        }
        String caller = Caller.name(security);
        access.requireStaff(caller);
        personalData.recordAccess(id, caller, ReadChannel.API);
        // Only the cases the caller may open: the history must not leak other queues' cases.
        return CaseMapper.toList(cases.list(CaseQuery.historyOf(id, page, size), access.visibility(caller)));
    }

    @GET
    @Path("{id}/personal-data")
    public Response export(@PathParam("id") long id) {
        access.requireReadsEverything(Caller.name(security));
        return Response.ok(personalData.export(id, Caller.name(security), ReadChannel.API))
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + id + ".json\"")
                .build();
    }

    @POST
    @Path("{id}/erasure")
    public ErasureResult erase(@PathParam("id") long id) {
        access.requireConfiguration(Caller.name(security));
        return new ErasureResult(id, personalData.erase(id, Caller.name(security)));
    }
}
