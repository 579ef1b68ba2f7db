package se.ingang.api.organisation;

import se.ingang.api.Caller;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.ingang.organisation.boundary.Organisation;

/**
 * GET /api/topics: what a client may name in case commands; PUT /api/topics/{code}: administrators
 * create or change one. One transaction, so that mapping
 * reads associations while their persistence context is still open.
 */
@Path("topics")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Inject
    Organisation organisation;

    @GET
    public List<TopicView> topics() {
        access.requireStaff(Caller.name(security));
        return organisation.topics().stream().map(TopicView::of).toList();
    }

    /** Creates the topic (201, without version) or changes its name and front office (200, with the version seen). */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("code") String code, @Valid @NotNull TopicRequest body) {
        access.requireConfiguration(Caller.name(security));
        var topic = organisation.saveTopic(code, body.name(), body.frontOffice(), body.version());
        return Response.status(body.version() == null ? 201 : 200).entity(TopicView.of(topic)).build();
    }

    /** A topic's name ("Svenska / English") and front-office profile; version when changing one. */
    public record TopicRequest(String name, String frontOffice, Long version) {
    }
}
