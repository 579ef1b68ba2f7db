package se.ingang.api.telephony;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.Caller;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.telephony.boundary.AnswerRates;
import se.ingang.telephony.boundary.PhoneQueues;
import se.ingang.telephony.entity.PhoneQueue;

/**
 * Phone queues (an administrator maps each to the front-office queue that calls back its
 * missed callers) and their answer-rate figures over a period of whole days. All staff see
 * the phone queues; administrators configure them. A phone queue's answer rate is for managers,
 * administrators and the agents of the front office it feeds; the list of all leaves out the
 * others' queues.
 */
@Path("phone-queues")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhoneQueuesResource {

    @Inject
    PhoneQueues queues;

    @Inject
    AnswerRates answerRates;

    @Inject
    CaseAccess access;

    @Context
    SecurityContext security;

    @GET
    public List<PhoneQueueView> list() {
        access.requireStaff(Caller.name(security));
        return queues.list().stream().map(PhoneQueueView::of).toList();
    }

    @GET
    @Path("{code}")
    public PhoneQueueView get(@PathParam("code") String code) {
        access.requireStaff(Caller.name(security));
        return PhoneQueueView.of(queues.byCode(code));
    }

    /** Creates the phone queue or changes it (then with the version last seen). */
    @PUT
    @Path("{code}")
    public PhoneQueueView configure(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String code,
                                    @Valid @NotNull PhoneQueueRequest body) {
        access.requireConfiguration(Caller.name(security));
        return PhoneQueueView.of(queues.configure(code, body.name().strip(), body.phoneNumber(), body.frontOffice().strip(),
                body.version()));
    }

    /** GET /api/phone-queues/answer-rates?from=2026-11-01&to=2026-11-30: every queue; both days included. */
    @GET
    @Path("answer-rates")
    public List<AnswerRateView> answerRates(@QueryParam("from") String from, @QueryParam("to") String to) {
        var period = period(from, to);
        var readable = queues.list().stream()
                .filter(q -> access.mayReadQueue(q.getFrontOffice().getCode(), Caller.name(security)))
                .map(PhoneQueue::getCode).collect(Collectors.toSet());
        return answerRates.ofAll(period.get(0), period.get(1)).stream().filter(rate -> readable.contains(rate.phoneQueue()))
                .map(AnswerRateView::of).toList();
    }

    @GET
    @Path("{code}/answer-rate")
    public AnswerRateView answerRate(@PathParam("code") String code, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        access.checkQueue(queues.byCode(code).getFrontOffice().getCode(), Caller.name(security));
        var period = period(from, to);
        return AnswerRateView.of(answerRates.of(code, period.get(0), period.get(1)));
    }

    private static List<LocalDate> period(String from, String to) {
        var errors = new ArrayList<FieldError>();
        var start = date("from", from, errors);
        var end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return List.of(start, end);
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        try {
            if (value != null && !value.isBlank()) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "a date such as 2026-11-30"));
        return null;
    }
}
