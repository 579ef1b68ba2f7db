package se.ingang.api.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.operations.boundary.ProcessUpgrades;
import se.ingang.operations.control.ProcessVersions.ProcessVersion;

/**
 * After an upgrade (README "Upgrades"), for administrators: GET /api/process-versions lists every
 * deployed model version with its running instances; POST /api/process-versions/{key}/migrations
 * {"fromVersion": 1, "toVersion": 2} moves the running instances of one version to another.
 */
@Path("process-versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcessVersionsResource {

    public record MigrationRequest(@NotNull @Min(1) Integer fromVersion, @NotNull @Min(1) Integer toVersion) {
    }

    public record MigrationResult(String key, int fromVersion, int toVersion, int migrated) {
    }

    @Inject
    ProcessUpgrades upgrades;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    public List<ProcessVersion> versions() {
        access.requireConfiguration(Caller.name(security));
        return upgrades.versions();
    }

    @POST
    @Path("{key}/migrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public MigrationResult migrate(@PathParam("key") String key, @NotNull @Valid MigrationRequest request) {
        String caller = Caller.name(security);
        access.requireConfiguration(caller);
        int moved = upgrades.migrate(key, request.fromVersion(), request.toVersion(), caller);
        return new MigrationResult(key, request.fromVersion(), request.toVersion(), moved);
    }
}
