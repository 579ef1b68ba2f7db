package se.ingang.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineStateTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void noDeadlineIsNone() {
        assertThat(DeadlineState.of(null, NOW)).isEqualTo(DeadlineState.NONE);
    }

    @Test
    void moreThanFourHoursLeftIsOk() {
        assertThat(DeadlineState.of(NOW.plus(Duration.ofHours(4)), NOW)).isEqualTo(DeadlineState.OK);
    }

    @Test
    void lessThanFourHoursLeftIsSoon() {
        assertThat(DeadlineState.of(NOW.plus(Duration.ofHours(4)).minusSeconds(1), NOW)).isEqualTo(DeadlineState.SOON);
        assertThat(DeadlineState.of(NOW.plusSeconds(1), NOW)).isEqualTo(DeadlineState.SOON);
    }

    @Test
    void dueNowOrEarlierIsOverdue() {
        assertThat(DeadlineState.of(NOW, NOW)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(DeadlineState.of(NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo(DeadlineState.OVERDUE);
    }
}
