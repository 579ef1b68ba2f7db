package se.ingang.api.telephony;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import se.ingang.telephony.control.AnswerRate;

/** Answer-rate figures of a phone queue (see AnswerRate); rate and waits are null when there were no calls. */
@JsonbNillable
public record AnswerRateView(String phoneQueue, LocalDate from, LocalDate to, long offered, long answered, long missed,
                             long missedFromHiddenNumbers, Double answerRate, Double meanWaitSeconds,
                             Integer p90WaitSeconds, long callbackCases, long callbacksMade) {

    static AnswerRateView of(AnswerRate a) {
        return new AnswerRateView(a.phoneQueue(), a.from(), a.to(), a.offered(), a.answered(), a.missed(),
                a.missedFromHiddenNumbers(), a.answerRate(), a.meanWaitSeconds(), a.p90WaitSeconds(), a.callbackCases(),
                a.callbacksMade());
    }
}
