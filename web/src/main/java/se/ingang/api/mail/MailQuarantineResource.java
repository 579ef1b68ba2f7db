package se.ingang.api.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.boundary.MailIntake;

/** The mail quarantine for administrators: what is held and why, the raw message, and "retry". */
@Path("mail-quarantine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailQuarantineResource {

    @Inject
    MailArchive archive;

    @Inject
    MailIntake intake;

    @GET
    public List<QuarantineView> list() {
        return archive.quarantine().stream().map(QuarantineView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}/raw")
    @Produces("message/rfc822")
    public Response raw(@PathParam("id") long id) {
        return Response.ok(archive.quarantined(id).getRaw(), "message/rfc822").build();
    }

    @POST
    @Path("{id: [0-9]+}/retry")
    public RetryOutcome retry(@PathParam("id") long id) {
        var outcome = intake.retry(id);
        return new RetryOutcome(outcome, QuarantineView.of(archive.quarantined(id)));
    }
}
