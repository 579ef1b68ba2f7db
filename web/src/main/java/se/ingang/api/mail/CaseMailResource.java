package se.ingang.api.mail;

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
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.mail.boundary.MailArchive;

/** A case's mail and attachments, for those who may open the case. Attachments are served as downloads, never rendered inline. */
@Path("cases/{number}/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseMailResource {

    @Inject
    MailArchive archive;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    public CaseMailView get(@PathParam("number") String number) {
        access.check(number, Caller.name(security));
        return new CaseMailView(number, archive.messagesOf(number).stream().map(CaseMailView.Message::of).toList(),
                archive.attachmentsOf(number).stream().map(CaseMailView.Attachment::of).toList());
    }

    @GET
    @Path("attachments/{id: [0-9]+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response attachment(@PathParam("number") String number, @PathParam("id") long id) {
        access.check(number, Caller.name(security));
        var a = archive.attachment(number, id);
        String safeName = a.getFileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(a.getContent(), MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
