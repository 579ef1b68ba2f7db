package se.ingang.api.attachments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import se.ingang.attachments.boundary.CaseAttachments;

/**
 * A case's files from every channel, for those who may open the case. Files are served as
 * downloads (never rendered inline, never sniffed), so a customer's HTML file cannot run
 * in our origin.
 */
@Path("cases/{number}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseAttachmentsResource {

    @Inject
    CaseAttachments attachments;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    public List<AttachmentView> list(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        return attachments.of(number).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("number") String number, @PathParam("id") long id) {
        access.check(number, Caller.name(security));
        var a = attachments.download(number, id);
        return Response.ok(a.getContent(), MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", ContentDisposition.attachment(a.getFileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
