package se.ingang.api.telephony;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.ingang.telephony.entity.Callback;
import se.ingang.telephony.entity.CallbackAttempt;
import se.ingang.telephony.entity.CallbackOutcome;

/** A callback: whom to call, for which day's missed calls, how often we tried. */
@JsonbNillable
public record CallbackView(String caseNumber, String callerNumber, LocalDate day, String phoneQueue, int missedCalls,
                           int attempts, Instant resolvedAt, List<Attempt> attemptLog) {

    /** One try at calling back. */
    @JsonbNillable
    public record Attempt(Instant at, CallbackOutcome outcome, String agent, String note) {
    }

    static CallbackView of(Callback callback) {
        return new CallbackView(callback.getServiceCase().getNumber().value(), callback.getCallerNumber(),
                callback.getCallDate(), callback.getPhoneQueue().getCode(), callback.getMissedCalls(),
                callback.getAttempts(), callback.getResolvedAt(),
                callback.getAttemptLog().stream().map(CallbackView::attempt).toList());
    }

    private static Attempt attempt(CallbackAttempt a) {
        return new Attempt(a.getAttemptedAt(), a.getOutcome(), a.getAgent(), a.getNote());
    }
}
