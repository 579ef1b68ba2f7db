package se.ingang.api.organisation;

import se.ingang.api.Caller;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import se.ingang.access.boundary.CaseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.ingang.organisation.boundary.Organisation;

/**
 * GET /api/topics: what a client may name in case commands. One transaction, so that mapping
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
}
