package se.ingang.telephony.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.telephony.control.CallbackDay;
import se.ingang.telephony.entity.CallRecord;
import se.ingang.telephony.entity.CallSource;
import se.ingang.telephony.entity.Callback;
import se.ingang.telephony.entity.CallbackOutcome;

/**
 * "Ring tillbaka": a missed call from a number we can call back becomes a callback case in
 * the front-office queue of its phone queue (type CALLBACK, channel PHONE; the SLA policy
 * gives it its short deadline). Further missed calls from that number the same day join the
 * same case, on its timeline. Agents record their attempts; "reached, resolved" resolves it.
 */
@Stateless
public class Callbacks {

    public static final String ACTOR = "telephony";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    Cases cases;

    /** The callback case a missed call went to, and whether this call opened it. */
    public record Result(String caseNumber, boolean created) {
    }

    public Result missedCall(CallRecord call) {
        var day = CallbackDay.of(call.getOutcome(), call.getCallerNumber(), call.getStartedAt(), ApplicationClock.ZONE)
                .orElseThrow(() -> new IllegalArgumentException("call " + call.getCallId() + " needs no callback"));
        var existing = em.createNamedQuery(Callback.FIND_BY_NUMBER_AND_DAY, Callback.class)
                .setParameter("number", day.callerNumber()).setParameter("day", day.day())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (existing.isEmpty()) {
            var c = openCase(call);
            em.persist(new Callback(day.callerNumber(), day.day(), call.getPhoneQueue(), c, clock.now()));
            return new Result(c.getNumber().value(), true);
        }
        var callback = existing.get();
        var c = em.find(Case.class, callback.getServiceCase().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus().isOpen()) {
            callback.missedAgain(c);
            c.recordEvent(CaseEvent.MISSED_CALL, describe(call), ACTOR, clock.now());
            return new Result(c.getNumber().value(), false);
        }
        // Called back and resolved, yet the number tries again the same day: like a customer's
        // reply, it reopens the case (or, once closed, opens a follow-up case linked to it).
        var landed = cases.customerMessage(c.getNumber().value(), "Missat samtal igen / missed call again: "
                + describe(call), ACTOR).landedOn();
        callback.missedAgain(landed);
        landed.recordEvent(CaseEvent.MISSED_CALL, describe(call), ACTOR, clock.now());
        return new Result(landed.getNumber().value(), landed != c);
    }

    /** The callback case a missed call counts towards, if any. */
    public Optional<String> caseNumberOf(CallRecord call) {
        return callbackOf(call).map(callback -> callback.getServiceCase().getNumber().value());
    }

    /**
     * A missed call the telephone system later reported answered: the callback case keeps
     * its other calls, so it stays; a note tells the agent before they call back.
     */
    public void answeredAfterAll(CallRecord call) {
        callbackOf(call).ifPresent(callback -> {
            var c = em.find(Case.class, callback.getServiceCase().getId(), LockModeType.PESSIMISTIC_WRITE);
            c.addNote("Call " + call.getCallId() + " was answered after all (" + call.getAgent() + ")", ACTOR, clock.now());
        });
    }

    /** By the caller's number and the local day of the call, whatever its outcome now. */
    private Optional<Callback> callbackOf(CallRecord call) {
        if (call.getCallerNumber() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Callback.FIND_BY_NUMBER_AND_DAY, Callback.class)
                .setParameter("number", call.getCallerNumber())
                .setParameter("day", call.getStartedAt().atZone(ApplicationClock.ZONE).toLocalDate())
                .getResultStream().findFirst();
    }

    public Callback find(String caseNumber) {
        return em.createNamedQuery(Callback.FIND_BY_CASE_NUMBER, Callback.class).setParameter("number", caseNumber)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Callback", caseNumber));
    }

    /**
     * An agent called the customer back. "Reached, resolved" resolves the case with the note
     * as what was said (version: the case version the agent saw; null skips the check);
     * "no answer" leaves it in the queue for another try. Either way the attempt is counted
     * and on the timeline.
     */
    public Callback attempt(String caseNumber, CallbackOutcome outcome, String note, Long version, String actor) {
        var callback = em.createNamedQuery(Callback.FIND_BY_CASE_NUMBER, Callback.class).setParameter("number", caseNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Callback", caseNumber));
        var c = em.find(Case.class, callback.getServiceCase().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (version != null) {
            c.expectVersion(version);
        }
        if (!c.getStatus().isOpen()) {
            throw new ActionNotAllowedException("Case " + caseNumber + " is " + c.getStatus() + "; nobody needs calling back");
        }
        var now = clock.now();
        callback.attempt(outcome, note, actor, now);
        // Event details outlive erasure, so the agent's words go in a note (or the reply) instead.
        c.recordEvent(CaseEvent.CALLBACK_ATTEMPTED, "attempt " + callback.getAttempts() + ": "
                + (outcome == CallbackOutcome.RESOLVED ? "reached, resolved" : "no answer, try again"), actor, now);
        if (outcome == CallbackOutcome.NO_ANSWER && note != null && !note.isBlank()) {
            c.addNote(note.strip(), actor, now);
        }
        em.flush();
        if (outcome == CallbackOutcome.RESOLVED) {
            String reply = note == null || note.isBlank() ? "Uppringd och hjälpt i telefon / called back and helped by phone" : note.strip();
            if (c.getStatus() == CaseStatus.NEW) {
                cases.triage(caseNumber, new TriageDecision(c.getVersion(), null, null, null, null,
                        TriageDecision.Outcome.RESOLVE, null, reply, null), actor);
            } else {
                cases.resolve(caseNumber, c.getVersion(), reply, actor);
            }
        }
        return callback;
    }

    private Case openCase(CallRecord call) {
        var queue = call.getPhoneQueue();
        var c = cases.registerCallback(call.getCallerNumber(), "Ring tillbaka / call back: " + call.getCallerNumber(),
                "Missat samtal / missed call: " + describe(call), queue.getFrontOffice(), call.getStartedAt(),
                call.getSource() == CallSource.CSV ? "the call log" : "a CTI event", ACTOR);
        c.recordEvent(CaseEvent.MISSED_CALL, describe(call), ACTOR, clock.now());
        return c;
    }


    private static String describe(CallRecord call) {
        // No number here: timeline details stay when a person's data is erased.
        return "call " + call.getCallId() + " at "
                + TIME.format(call.getStartedAt().atZone(ApplicationClock.ZONE)) + " to phone queue "
                + call.getPhoneQueue().getCode() + ", waited " + call.getWaitSeconds() + " s";
    }
}
