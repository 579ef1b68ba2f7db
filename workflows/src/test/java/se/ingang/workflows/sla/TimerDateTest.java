package se.ingang.workflows.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Timer due dates are stored in whole seconds: a timer must never fire before its deadline. */
class TimerDateTest {

    @Test
    void aDeadlineWithinASecondGetsItsTimerAtTheNextWholeSecond() {
        assertThat(CamundaSlaClock.timerDate(Instant.parse("2026-12-01T10:00:00.929Z")).toInstant())
                .isEqualTo(Instant.parse("2026-12-01T10:00:01Z"));
    }

    @Test
    void aWholeSecondStaysAsItIs() {
        assertThat(CamundaSlaClock.timerDate(Instant.parse("2026-12-01T10:00:00Z")).toInstant())
                .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }
}
