package se.ingang.telephony.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;

/** A day's callback counts the missed calls and the attempts. */
class CallbackTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void missedCallsAndAttemptsAreCounted_aResolvedCallbackIsOwedAgainAfterAnotherMissedCall() {
        var queue = new PhoneQueue("vaxeln", "Växeln", null, new Queue("fo-it", "IT", QueueKind.FRONT_OFFICE));
        var callback = new Callback("+46701234567", LocalDate.of(2026, 11, 30), queue, null, NOW);

        callback.missedAgain(null);
        callback.attempt(CallbackOutcome.NO_ANSWER, " Röstbrevlåda ", "anna", NOW.plusSeconds(60));
        callback.attempt(CallbackOutcome.RESOLVED, "", "anna", NOW.plusSeconds(600));

        assertThat(callback.getMissedCalls()).isEqualTo(2);
        assertThat(callback.getAttempts()).isEqualTo(2);
        assertThat(callback.getAttemptLog()).extracting(CallbackAttempt::getOutcome, CallbackAttempt::getNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CallbackOutcome.NO_ANSWER, "Röstbrevlåda"),
                        org.assertj.core.groups.Tuple.tuple(CallbackOutcome.RESOLVED, null));
        assertThat(callback.getResolvedAt()).isEqualTo(NOW.plusSeconds(600));

        callback.missedAgain(null);

        assertThat(callback.getResolvedAt()).isNull();
        assertThat(callback.getMissedCalls()).isEqualTo(3);
    }
}
