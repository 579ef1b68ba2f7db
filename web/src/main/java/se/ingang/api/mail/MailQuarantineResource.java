package se.ingang.api.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.boundary.MailIntake;

/** The mail quarantine: what is held and why and the raw message (managers, administrators); "retry" (administrators). */
@Path("mail-quarantine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailQuarantineResource {

    @Inject
    MailArchive archive;

    @Inject
    MailIntake intake;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    public List<QuarantineView> list() {
        access.requireReadsEverything(Caller.name(security));
        return archive.quarantine().stream().map(QuarantineView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}/raw")
    @Produces("message/rfc822")
    public Response raw(@PathParam("id") long id) {
        access.requireReadsEverything(Caller.name(security));
        return Response.ok(archive.rawOf(archive.quarantined(id)), "message/rfc822").build();
    }

    @POST
    @Path("{id: [0-9]+}/retry")
    public RetryOutcome retry(@PathParam("id") long id) {
        access.requireConfiguration(Caller.name(security));
        var outcome = intake.retry(id);
        return new RetryOutcome(outcome, QuarantineView.of(archive.quarantined(id)));
    }
}
