package se.ingang.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void showsTheTwoLargestUnits() {
        assertThat(Durations.compact(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(Durations.compact(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
        assertThat(Durations.compact(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(Durations.compact(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(Durations.compact(Duration.ofDays(2))).isEqualTo("2 d");
    }

    @Test
    void anOverdueTimeIsShownWithoutSign() {
        assertThat(Durations.compact(Duration.ofMinutes(-90))).isEqualTo("1 h 30 min");
    }
}
