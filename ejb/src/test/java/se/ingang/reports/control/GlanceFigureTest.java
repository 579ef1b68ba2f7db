package se.ingang.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.InvalidInputException;

/** The tiles' rules: which periods they compare with, how a value stands against a target, which targets are refused. */
class GlanceFigureTest {

    @Test
    void thePeriodBeforeHasAsManyDaysAndAYearBeforeKeepsTheDates() {
        var march = new ReportPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertThat(march.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 2, 29)));
        assertThat(march.yearBefore()).isEqualTo(new ReportPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)));
        var leapDay = new ReportPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
        assertThat(leapDay.yearBefore()).isEqualTo(new ReportPeriod(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 2, 28)));
        assertThat(leapDay.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 28)));
    }

    @Test
    void higherIsBetterForSharesAndScoresLowerForTheFirstResponseAndTheBacklog() {
        assertThat(Tile.status(GlanceFigure.PHONE_ANSWER_RATE, 0.8, 0.8)).isEqualTo(Tile.TargetStatus.MET);
        assertThat(Tile.status(GlanceFigure.PHONE_ANSWER_RATE, 0.79, 0.8)).isEqualTo(Tile.TargetStatus.MISSED);
        assertThat(Tile.status(GlanceFigure.FIRST_RESPONSE_MEDIAN, 3600.0, 3600.0)).isEqualTo(Tile.TargetStatus.MET);
        assertThat(Tile.status(GlanceFigure.FIRST_RESPONSE_MEDIAN, 3601.0, 3600.0)).isEqualTo(Tile.TargetStatus.MISSED);
        assertThat(Tile.status(GlanceFigure.BACKLOG, 12.0, 10.0)).isEqualTo(Tile.TargetStatus.MISSED);
        assertThat(Tile.status(GlanceFigure.SATISFACTION, null, 4.0)).isEqualTo(Tile.TargetStatus.NO_VALUE);
        assertThat(Tile.status(GlanceFigure.SATISFACTION, 4.5, null)).isEqualTo(Tile.TargetStatus.NO_TARGET);
    }

    @Test
    void targetsOutsideTheFiguresRangeAreRefusedSayingWhich() {
        assertThat(GlanceFigure.ANSWERED_IN_TARGET.checkTarget(0.9)).isEqualTo(0.9);
        assertThatThrownBy(() -> GlanceFigure.ANSWERED_IN_TARGET.checkTarget(90.0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> GlanceFigure.SATISFACTION.checkTarget(0.5)).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> GlanceFigure.BACKLOG.checkTarget(-1.0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> GlanceFigure.BACKLOG.checkTarget(1.5)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> GlanceFigure.FIRST_RESPONSE_MEDIAN.checkTarget(Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> GlanceFigure.FIRST_RESPONSE_MEDIAN.checkTarget(null)).isInstanceOf(InvalidInputException.class);
        assertThat(GlanceFigure.byId("phone.answerRate")).contains(GlanceFigure.PHONE_ANSWER_RATE);
        assertThat(GlanceFigure.byId("received")).isEmpty();
    }
}
