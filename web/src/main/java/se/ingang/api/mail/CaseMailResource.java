package se.ingang.api.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.mail.boundary.MailArchive;

/** A case's mail, for those who may open the case. */
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
        return new CaseMailView(number, archive.messagesOf(number).stream().map(CaseMailView.Message::of).toList());
    }
}
