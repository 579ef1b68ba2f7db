package se.ingang.api.consultations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.consultations.boundary.Consultations;
import se.ingang.consultations.entity.Consultation;

/**
 * Consultations: POST /api/consultations asks a group about a case (the case stays where it
 * is); GET ?group=finance is that group's queue of open questions, GET ?caseNumber=… all of a
 * case's consultations; POST {id}/answer and {id}/withdrawal end one. One transaction per
 * request, so the lazy case and group can be mapped. Access: those who work the case ask and
 * withdraw, the group asked answers; a consultation is read by whoever may open its case and by
 * the group asked, and a group's list leaves out what the caller may not read.
 */
@Path("consultations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

    @Inject
    Consultations consultations;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    public Response ask(@Valid @NotNull ConsultationRequest body) {
        access.checkWork(body.caseNumber(), Caller.name(security));
        var k = consultations.ask(body.caseNumber(), body.group(), body.question(), Caller.name(security));
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(k.getId())).build();
        return Response.created(location).entity(view(k)).build();
    }

    @GET
    public List<ConsultationView> list(@QueryParam("group") String group, @QueryParam("caseNumber") String caseNumber) {
        if (caseNumber != null && !caseNumber.isBlank()) {
            access.check(caseNumber.trim(), Caller.name(security));
            return consultations.forCase(caseNumber.trim()).stream().map(ConsultationView::of).toList();
        }
        if (group == null || group.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldError("group", "name a group (its open consultations) or a caseNumber")));
        }
        return consultations.openForGroup(group.trim()).stream()
                .filter(k -> access.mayReadConsultation(k.getCase(), k.getGroup().getCode(), Caller.name(security)))
                .map(ConsultationView::of).toList();
    }

    @GET
    @Path("{id}")
    public ConsultationView find(@PathParam("id") long id) {
        var k = consultations.find(id);
        access.checkConsultation(k.getCase(), k.getGroup().getCode(), Caller.name(security));
        return ConsultationView.of(k);
    }

    @POST
    @Path("{id}/answer")
    public ConsultationView answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest body) {
        access.checkWorkIn(consultations.find(id).getGroup().getCode(), Caller.name(security));
        return view(consultations.answer(id, body.version(), body.answer(), Caller.name(security)));
    }

    @POST
    @Path("{id}/withdrawal")
    public ConsultationView withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawalRequest body) {
        access.checkWork(consultations.find(id).getCase().getNumber().value(), Caller.name(security));
        return view(consultations.withdraw(id, body.version(), body.reason(), Caller.name(security)));
    }

    private ConsultationView view(Consultation k) {
        return ConsultationView.of(k);
    }
}
