package se.ingang.api.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.operations.boundary.Incidents;
import se.ingang.operations.control.Incident;

/**
 * Failed process jobs (incidents), for administrators: GET /api/incidents, GET /api/incidents/{id},
 * POST /api/incidents/{id}/retry once the cause is fixed (the job runs again; if it fails again,
 * a new incident appears).
 */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    @Inject
    Incidents incidents;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    public List<Incident> open() {
        access.requireConfiguration(Caller.name(security));
        return incidents.open();
    }

    @GET
    @Path("{id}")
    public Incident one(@PathParam("id") String id) {
        access.requireConfiguration(Caller.name(security));
        return incidents.find(id);
    }

    @POST
    @Path("{id}/retry")
    public Incident retry(@PathParam("id") String id) {
        String caller = Caller.name(security);
        access.requireConfiguration(caller);
        return incidents.retry(id, caller);
    }
}
