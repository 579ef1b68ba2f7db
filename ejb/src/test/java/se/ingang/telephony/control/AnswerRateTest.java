package se.ingang.telephony.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ingang.telephony.control.AnswerRate.Call;

class AnswerRateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void figuresOfAQueue() {
        var calls = new ArrayList<Call>();
        for (int wait = 10; wait <= 100; wait += 10) {
            calls.add(new Call(true, wait, false));
        }
        calls.add(new Call(false, 300, false));
        calls.add(new Call(false, 20, true));

        var figures = AnswerRate.of("q", DAY, DAY, calls, 1, 3);

        assertThat(figures.offered()).isEqualTo(12);
        assertThat(figures.answered()).isEqualTo(10);
        assertThat(figures.missed()).isEqualTo(2);
        assertThat(figures.missedFromHiddenNumbers()).isEqualTo(1);
        assertThat(figures.answerRate()).isEqualTo(0.8333);
        assertThat(figures.meanWaitSeconds()).as("answered calls only").isEqualTo(55.0);
        assertThat(figures.p90WaitSeconds()).isEqualTo(90);
        assertThat(figures.callbackCases()).isEqualTo(1);
        assertThat(figures.callbacksMade()).isEqualTo(3);
    }

    @Test
    void noCallsNoRate() {
        var figures = AnswerRate.of("q", DAY, DAY, List.of(), 0, 0);

        assertThat(figures.offered()).isZero();
        assertThat(figures.answerRate()).isNull();
        assertThat(figures.meanWaitSeconds()).isNull();
        assertThat(figures.p90WaitSeconds()).isNull();
    }

    @Test
    void percentileByNearestRank() {
        assertThat(AnswerRate.percentile(List.of(7), 90)).isEqualTo(7);
        assertThat(AnswerRate.percentile(List.of(1, 2, 3, 4, 5), 90)).isEqualTo(5);
        assertThat(AnswerRate.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90)).isEqualTo(10);
    }
}
