package se.ingang.api.privacy;

import se.ingang.api.Caller;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.ingang.privacy.boundary.Retention;
import se.ingang.privacy.boundary.RetentionReport;

/** POST /api/retention/runs?dryRun=true: what the nightly retention job would do (or does, with dryRun=false). */
@Path("retention/runs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Inject
    Retention retention;

    @POST
    public RetentionReport run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        access.requireConfiguration(Caller.name(security));
        return retention.run(dryRun);
    }
}
