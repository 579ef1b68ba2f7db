package se.ingang.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.audit.boundary.ReadTrail;
import se.ingang.api.Caller;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CustomerMessageEffect;
import se.ingang.notes.boundary.CaseNotes;

/**
 * The case endpoints. Each method translates JSON into one call of {@link Cases} and the
 * result back into JSON; the rules live in the domain.
 *
 * <p>The whole request is one transaction (the domain calls join it) because the entities
 * the domain returns have lazy associations: mapping them needs their persistence context,
 * which ends with the transaction.
 */
@Path("cases")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    static final String CUSTOMER = "customer";
    /** Response header of POST …/notes: mentions that named no colleague or group. */
    static final String UNKNOWN_MENTIONS = "Ingang-Unknown-Mentions";
    /** Request header of POST /api/cases: the client's key for one registration, however often sent. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    Cases cases;

    @Inject
    CaseAccess access;

    @Inject
    ReadTrail reads;

    @Inject
    CaseNotes notes;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /**
     * With the header Idempotency-Key, a retry (same key, same contact) answers with the case the
     * first attempt registered, marked Idempotent-Replayed: true, instead of registering another one.
     */
    @POST
    public Response register(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Valid @NotNull RegisterCaseRequest body) {
        access.requireStaff(actor());
        if (idempotencyKey == null) {
            return created(reloaded(cases.register(CaseMapper.toNewCase(body), actor())));
        }
        var registration = cases.register(CaseMapper.toNewCase(body), actor(), idempotencyKey);
        var response = created(reloaded(registration.registered()));
        return registration.replayed() ? Response.fromResponse(response).header(REPLAYED, "true").build() : response;
    }

    @GET
    public CaseList list(@BeanParam CaseListParameters parameters) {
        return CaseMapper.toList(cases.list(parameters.toQuery(actor()), access.visibility(actor())));
    }

    @GET
    @Path("{number}")
    public Response find(@PathParam("number") String number) {
        access.check(number, actor());
        var found = cases.find(number);
        reads.caseRead(found.getNumber().value(), actor(), ReadChannel.API);
        return ok(CaseMapper.toDetail(found));
    }

    @GET
    @Path("{number}/routing-suggestion")
    public Response routingSuggestion(@PathParam("number") String number) {
        access.check(number, actor());
        return cases.routingSuggestion(number)
                .map(suggestion -> Response.ok(CaseMapper.toSuggestion(suggestion)))
                .orElseGet(Response::noContent)
                .build();
    }

    @POST
    @Path("{number}/triage")
    public Response triage(@PathParam("number") String number, @Valid @NotNull TriageRequest body) {
        access.checkWork(number, actor());
        return ok(reloaded(cases.triage(number, CaseMapper.toDecision(body), actor())));
    }

    @PUT
    @Path("{number}/assignee")
    public Response assign(@PathParam("number") String number, @Valid @NotNull AssignRequest body) {
        access.checkWork(number, actor());
        String user = CaseMapper.blankToNull(body.user()) == null ? actor() : body.user();
        return ok(reloaded(cases.assign(number, body.version(), user, actor())));
    }

    @DELETE
    @Path("{number}/assignee")
    public Response release(@PathParam("number") String number, @QueryParam("version") String version) {
        access.checkWork(number, actor());
        var parser = new ParameterParser();
        Long expected = parser.requiredLong("version", version);
        parser.throwIfInvalid();
        return ok(reloaded(cases.release(number, expected, actor())));
    }

    @POST
    @Path("{number}/transfer")
    public Response transfer(@PathParam("number") String number, @Valid @NotNull TransferRequest body) {
        access.checkWork(number, actor());
        return ok(reloaded(cases.transfer(number, body.version(), body.group(), body.note(), actor())));
    }

    @POST
    @Path("{number}/return-to-front-office")
    public Response returnToFrontOffice(@PathParam("number") String number,
                                        @Valid @NotNull ReturnToFrontOfficeRequest body) {
        access.checkWork(number, actor());
        return ok(reloaded(cases.returnToFrontOffice(number, body.version(), body.note(), actor())));
    }

    /** 201: the note is a new timeline entry; it has no address of its own, so Location names its case. */
    @POST
    @Path("{number}/notes")
    public Response addNote(@PathParam("number") String number, @Valid @NotNull TextRequest body) {
        access.checkWork(number, actor());
        // @-mentions notify colleagues and groups; names that match nobody are reported, not dropped.
        var note = notes.add(number, body.version(), body.text(), actor());
        var detail = reloaded(note.theCase());
        var response = Response.created(location(detail.number())).tag(etag(detail)).entity(detail);
        if (!note.unknownMentions().isEmpty()) {
            response.header(UNKNOWN_MENTIONS, String.join(", ", note.unknownMentions()));
        }
        return response.build();
    }

    @POST
    @Path("{number}/replies")
    public Response reply(@PathParam("number") String number, @Valid @NotNull TextRequest body) {
        access.checkWork(number, actor());
        return created(reloaded(cases.reply(number, body.version(), body.text(), actor())));
    }

    @POST
    @Path("{number}/questions")
    public Response askCustomer(@PathParam("number") String number, @Valid @NotNull QuestionRequest body) {
        access.checkWork(number, actor());
        return ok(reloaded(cases.askCustomer(number, body.version(), body.text(), actor())));
    }

    @POST
    @Path("{number}/customer-messages")
    public Response customerMessage(@PathParam("number") String number, @Valid @NotNull CustomerMessageRequest body) {
        access.checkWork(number, actor());
        String from = CaseMapper.blankToNull(body.from()) == null ? CUSTOMER : body.from();
        var result = cases.customerMessage(number, body.text(), from);
        CaseDetail landedOn = reloaded(result.landedOn());
        var outcome = CaseMapper.toOutcome(result, landedOn);
        if (result.effect() == CustomerMessageEffect.FOLLOW_UP_CASE) {
            return Response.created(location(landedOn.number())).entity(outcome).build();
        }
        return Response.ok(outcome).build();
    }

    @POST
    @Path("{number}/resolve")
    public Response resolve(@PathParam("number") String number, @Valid @NotNull ResolveRequest body) {
        access.checkWork(number, actor());
        return ok(reloaded(cases.resolve(number, body.version(), body.reply(), actor())));
    }

    @POST
    @Path("{number}/close")
    public Response close(@PathParam("number") String number, @Valid @NotNull CloseRequest body) {
        access.checkWork(number, actor());
        return ok(reloaded(cases.close(number, body.version(), actor())));
    }

    /**
     * A command's changes are written when the transaction ends, and only then does the
     * version go up. Reading the case again (a query) flushes them first, so the version we
     * answer with is the one the client's next command must carry.
     */
    private CaseDetail reloaded(Case changed) {
        return CaseMapper.toDetail(cases.find(changed.getNumber().value()));
    }

    private Response ok(CaseDetail detail) {
        return Response.ok(detail).tag(etag(detail)).build();
    }

    private Response created(CaseDetail detail) {
        return Response.created(location(detail.number())).tag(etag(detail)).entity(detail).build();
    }

    private URI location(String number) {
        return uriInfo.getBaseUriBuilder().path(CasesResource.class).path(number).build();
    }

    private static EntityTag etag(CaseDetail detail) {
        return new EntityTag(Long.toString(detail.version()));
    }

    private String actor() {
        return Caller.name(security);
    }
}
