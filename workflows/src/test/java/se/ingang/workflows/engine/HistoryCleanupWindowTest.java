package se.ingang.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistoryCleanupWindowTest {

    @Test
    void readsAWindowAndOneOverMidnight() {
        var night = HistoryCleanupWindow.parse("01:00-05:00");
        assertThat(night.startTime()).isEqualTo("01:00");
        assertThat(night.endTime()).isEqualTo("05:00");
        var overMidnight = HistoryCleanupWindow.parse(" 23:30 - 04:00 ");
        assertThat(overMidnight.startTime()).isEqualTo("23:30");
        assertThat(overMidnight.endTime()).isEqualTo("04:00");
    }

    @Test
    void refusesWhatTheEngineWouldSilentlyIgnore() {
        for (String wrong : new String[] {"", "01:00", "1-5", "01:00-25:00", "01:00-05:00-06:00", "05:00-05:00"}) {
            assertThatThrownBy(() -> HistoryCleanupWindow.parse(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(HistoryCleanupWindow.PROPERTY);
        }
        assertThatThrownBy(() -> HistoryCleanupWindow.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
