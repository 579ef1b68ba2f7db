package se.ingang.api.answers;

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
import se.ingang.access.boundary.CaseAccess;
import se.ingang.answers.boundary.CannedAnswers;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;

/**
 * Canned answers (svarsstöd). Everyone who answers customers searches them
 * (GET ?q=&amp;lang=&amp;topic=) and renders one for a case they may open (GET
 * {id}/rendered?caseNumber=…); managers and administrators maintain them (access.CaseAccess).
 */
@Path("canned-answers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedAnswersResource {

    @Inject
    CannedAnswers answers;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    public List<CannedAnswerView> search(@QueryParam("q") String q, @QueryParam("lang") String language,
                                         @QueryParam("topic") String topic) {
        access.requireStaff(Caller.name(security));
        return answers.search(q, language, topic).stream().map(CannedAnswerView::of).toList();
    }

    @GET
    @Path("{id}")
    public CannedAnswerView find(@PathParam("id") long id) {
        access.requireStaff(Caller.name(security));
        return CannedAnswerView.of(answers.find(id));
    }

    /** The placeholders are documented in AnswerTemplate: {customerName}, {customerEmail}, {caseNumber}, {caseSubject}, {agentName}, {today}. */
    @GET
    @Path("{id}/rendered")
    public RenderedAnswer render(@PathParam("id") long id, @QueryParam("caseNumber") String caseNumber) {
        readableCase(caseNumber);
        var rendered = answers.render(id, caseNumber, Caller.name(security));
        return new RenderedAnswer(id, rendered.text(), rendered.unresolved());
    }

    @POST
    public Response create(@Valid @NotNull CannedAnswerRequest body) {
        access.requireAnswerMaintenance(Caller.name(security));
        var created = answers.create(body.title(), body.body(), body.language(), body.topic(), body.tags(),
                Caller.name(security));
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(CannedAnswerView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public CannedAnswerView update(@PathParam("id") long id, @Valid @NotNull CannedAnswerRequest body) {
        access.requireAnswerMaintenance(Caller.name(security));
        if (body.version() == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        return CannedAnswerView.of(answers.update(id, body.version(), body.title(), body.body(), body.language(),
                body.topic(), body.tags(), Caller.name(security)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        access.requireAnswerMaintenance(Caller.name(security));
        if (version == null) {
            throw new InvalidRequestException(List.of(new FieldError("version", "the version you saw is required")));
        }
        answers.delete(id, version);
        return Response.noContent().build();
    }

    /** The customer's name and address go into the text: only for a case the caller may open. */
    private void readableCase(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            access.requireStaff(Caller.name(security));
        } else {
            access.check(caseNumber.trim(), Caller.name(security));
        }
    }
}
