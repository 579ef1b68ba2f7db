package se.ingang.api.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.UriInfo;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.boundary.MailIntake;

/**
 * The mail quarantine (administrators only: raw mail of strangers, and actions that make cases):
 * list, one entry, the raw message (a download, audited), retry, make a case, dismiss.
 */
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

    @Context
    UriInfo uri;

    /** Newest first; status HELD (default), RESOLVED, DISMISSED or ALL; the total in X-Total-Count. */
    @GET
    public Response list(@QueryParam("status") @DefaultValue("HELD") String status,
                         @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        admin();
        var page = archive.quarantine(MailParams.status(status), MailParams.offset(offset), MailParams.limit(limit));
        return Response.ok(page.items().stream().map(q -> QuarantineView.of(q, archive.caseNumber(q.getCaseId()))).toList())
                .header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public QuarantineView entry(@PathParam("id") long id) {
        admin();
        return view(id);
    }

    /** Always a download (never rendered: it is whatever a stranger sent), recorded in the audit trail. */
    @GET
    @Path("{id: [0-9]+}/raw")
    @Produces("message/rfc822")
    public Response raw(@PathParam("id") long id) {
        String caller = admin();
        var raw = archive.readRaw(archive.quarantined(id), caller, ReadChannel.API);
        return MailParams.download(raw, "quarantine-" + id + ".eml");
    }

    @POST
    @Path("{id: [0-9]+}/retry")
    public RetryOutcome retry(@PathParam("id") long id) {
        var outcome = intake.retry(id, admin());
        return new RetryOutcome(outcome, view(id));
    }

    @POST
    @Path("{id: [0-9]+}/case")
    public Response makeCase(@PathParam("id") long id, @Valid MakeCaseRequest body) {
        String caller = admin();
        var request = body == null ? new MakeCaseRequest(null, null) : body;
        String number = intake.makeCase(id, request.customerEmail(), request.subject(), caller);
        return Response.created(uri.getBaseUriBuilder().path("cases").path(number).build()).entity(new MadeCase(number)).build();
    }

    @POST
    @Path("{id: [0-9]+}/dismiss")
    public QuarantineView dismiss(@PathParam("id") long id) {
        intake.dismiss(id, admin());
        return view(id);
    }

    private QuarantineView view(long id) {
        var q = archive.quarantined(id);
        return QuarantineView.of(q, archive.caseNumber(q.getCaseId()));
    }

    private String admin() {
        String caller = Caller.name(security);
        access.requireConfiguration(caller);
        return caller;
    }
}
