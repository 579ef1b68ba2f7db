package se.ingang.telephony.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.ingang.telephony.entity.CallOutcome;

/** One callback per number and day: which missed calls share one. */
class CallbackDayTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void missedCallsFromOneNumberOnOneDayShareOneCallback_howeverTheNumberIsWritten() {
        var morning = CallbackDay.of(CallOutcome.MISSED, "070-123 45 67", Instant.parse("2026-11-30T07:05:00Z"), STOCKHOLM);
        var afternoon = CallbackDay.of(CallOutcome.MISSED, "+46 70 123 45 67", Instant.parse("2026-11-30T15:40:00Z"), STOCKHOLM);
        var viaZeros = CallbackDay.of(CallOutcome.MISSED, "0046701234567", Instant.parse("2026-11-30T22:59:00Z"), STOCKHOLM);

        assertThat(morning).contains(new CallbackDay("+46701234567", LocalDate.of(2026, 11, 30)));
        assertThat(afternoon).isEqualTo(morning);
        assertThat(viaZeros).as("23:59 in Stockholm is still the same day").isEqualTo(morning);
    }

    @Test
    void anotherDayOrAnotherNumberIsAnotherCallback() {
        var lateEvening = CallbackDay.of(CallOutcome.MISSED, "0701234567", Instant.parse("2026-11-30T22:59:00Z"), STOCKHOLM);
        var afterMidnight = CallbackDay.of(CallOutcome.MISSED, "0701234567", Instant.parse("2026-11-30T23:10:00Z"), STOCKHOLM);
        var otherNumber = CallbackDay.of(CallOutcome.MISSED, "0701234568", Instant.parse("2026-11-30T22:59:00Z"), STOCKHOLM);

        assertThat(afterMidnight).as("00:10 local is the next day, though still the 30th in UTC")
                .contains(new CallbackDay("+46701234567", LocalDate.of(2026, 12, 1)));
        assertThat(afterMidnight).isNotEqualTo(lateEvening);
        assertThat(otherNumber).isNotEqualTo(lateEvening);
    }

    @Test
    void answeredCallsAndHiddenNumbersOweNoCallback() {
        var at = Instant.parse("2026-11-30T09:00:00Z");

        assertThat(CallbackDay.of(CallOutcome.ANSWERED, "0701234567", at, STOCKHOLM)).isEmpty();
        assertThat(CallbackDay.of(CallOutcome.MISSED, "anonymous", at, STOCKHOLM)).isEmpty();
        assertThat(CallbackDay.of(CallOutcome.MISSED, "Dolt nummer", at, STOCKHOLM)).isEmpty();
        assertThat(CallbackDay.of(CallOutcome.MISSED, "", at, STOCKHOLM)).isEmpty();
        assertThat(CallbackDay.of(CallOutcome.MISSED, null, at, STOCKHOLM)).isEmpty();
        assertThat(CallbackDay.of(CallOutcome.MISSED, "0", at, STOCKHOLM)).as("no number one can dial").isEmpty();
    }
}
