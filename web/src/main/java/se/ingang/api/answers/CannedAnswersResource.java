package se.ingang.api.answers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.ingang.answers.boundary.CannedAnswers;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;

/**
 * Canned answers (svarsstöd). Everyone who answers customers searches them
 * (GET ?q=&amp;lang=&amp;topic=) and renders one for a case (GET {id}/rendered?caseNumber=…);
 * managers and administrators maintain them: each changing method carries its role check
 * as the one annotation {@code @RolesAllowed({MANAGER, ADMINISTRATOR})}, enforced once role-based
 * security is switched on for the API.
 */
@Path("canned-answers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedAnswersResource {

    static final String MANAGER = "MANAGER";
    static final String ADMINISTRATOR = "ADMINISTRATOR";

    @Inject
    CannedAnswers answers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<CannedAnswerView> search(@QueryParam("q") String q, @QueryParam("lang") String language,
                                         @QueryParam("topic") String topic) {
        return answers.search(q, language, topic).stream().map(CannedAnswerView::of).toList();
    }

    @GET
    @Path("{id}")
    public CannedAnswerView find(@PathParam("id") long id) {
        return CannedAnswerView.of(answers.find(id));
    }

    /** The placeholders are documented in AnswerTemplate: {customerName}, {customerEmail}, {caseNumber}, {caseSubject}, {agentName}, {today}. */
    @GET
    @Path("{id}/rendered")
    public RenderedAnswer render(@PathParam("id") long id, @QueryParam("caseNumber") String caseNumber) {
        var rendered = answers.render(id, caseNumber, Caller.name(security));
        return new RenderedAnswer(id, rendered.text(), rendered.unresolved());
    }

    @POST
    @RolesAllowed({MANAGER, ADMINISTRATOR})
    public Response create(@Valid @NotNull CannedAnswerRequest body) {
        var created = answers.create(body.title(), body.body(), body.language(), body.topic(), body.tags(),
                Caller.name(security));
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(CannedAnswerView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({MANAGER, ADMINISTRATOR})
    public CannedAnswerView update(@PathParam("id") long id, @Valid @NotNull CannedAnswerRequest body) {
        if (body.version() == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        return CannedAnswerView.of(answers.update(id, body.version(), body.title(), body.body(), body.language(),
                body.topic(), body.tags(), Caller.name(security)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({MANAGER, ADMINISTRATOR})
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        answers.delete(id, version);
        return Response.noContent().build();
    }
}
