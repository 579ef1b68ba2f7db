package se.ingang.api.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.mail.boundary.Mailboxes;

/**
 * Mailbox administration: list, create, change; health says which mailboxes have not been
 * read for longer than their interval allows (503 when any has not). Managers and
 * administrators read them; administrators change them.
 */
@Path("mailboxes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxesResource {

    @Inject
    Mailboxes mailboxes;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<MailboxView> list() {
        access.requireReadsEverything(Caller.name(security));
        return mailboxes.list().stream().map(MailboxView::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull MailboxRequest body) {
        access.requireConfiguration(Caller.name(security));
        var mailbox = mailboxes.create(body.settings());
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(mailbox.getId())).build();
        return Response.created(location).entity(MailboxView.of(mailbox)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public MailboxView get(@PathParam("id") long id) {
        access.requireReadsEverything(Caller.name(security));
        return MailboxView.of(mailboxes.find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    public MailboxView update(@PathParam("id") long id, @Valid @NotNull MailboxRequest body) {
        access.requireConfiguration(Caller.name(security));
        if (body.version() == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        return MailboxView.of(mailboxes.update(id, body.version(), body.settings()));
    }

    @GET
    @Path("health")
    public Response health() {
        access.requireReadsEverything(Caller.name(security));
        var view = MailHealthView.of(mailboxes.health());
        return Response.status("DOWN".equals(view.status()) ? 503 : 200).entity(view).build();
    }
}
