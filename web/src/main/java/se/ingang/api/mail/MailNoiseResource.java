package se.ingang.api.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import se.ingang.mail.boundary.NoiseQuery;

/**
 * The noise log (administrators only): auto-replies, bulk mail and bounces with why they were
 * taken for noise, searchable; the raw message (a download, audited); "make a case" for a false positive.
 */
@Path("mail-noise")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailNoiseResource {

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

    /** Newest first; kind AUTO_REPLY/BULK/BOUNCE, words in sender or subject, from/until as dates (yyyy-mm-dd, inclusive). */
    @GET
    public Response search(@QueryParam("kind") String kind, @QueryParam("sender") String sender,
                           @QueryParam("subject") String subject, @QueryParam("from") String from,
                           @QueryParam("until") String until,
                           @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        admin();
        var query = new NoiseQuery(MailParams.kind(kind), sender, subject, MailParams.dayStart("from", from),
                MailParams.dayAfter("until", until));
        var page = archive.noise(query, MailParams.offset(offset), MailParams.limit(limit));
        return Response.ok(page.items().stream().map(m -> NoiseView.of(m, archive.caseNumber(m.getCaseId()))).toList())
                .header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public NoiseView message(@PathParam("id") long id) {
        admin();
        var m = archive.noiseMessage(id);
        return NoiseView.of(m, archive.caseNumber(m.getCaseId()));
    }

    @GET
    @Path("{id: [0-9]+}/raw")
    @Produces("message/rfc822")
    public Response raw(@PathParam("id") long id) {
        String caller = admin();
        return MailParams.download(archive.readRaw(archive.noiseMessage(id), caller, ReadChannel.API), "noise-" + id + ".eml");
    }

    /** A false positive: the mail goes the way a person's mail goes (a case, or its thread), once; 409 the second time. */
    @POST
    @Path("{id: [0-9]+}/case")
    public Response makeCase(@PathParam("id") long id) {
        String number = intake.promote(id, admin());
        return Response.created(uri.getBaseUriBuilder().path("cases").path(number).build()).entity(new MadeCase(number)).build();
    }

    private String admin() {
        String caller = Caller.name(security);
        access.requireConfiguration(caller);
        return caller;
    }
}
