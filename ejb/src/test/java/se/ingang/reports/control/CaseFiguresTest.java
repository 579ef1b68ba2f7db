package se.ingang.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ingang.reports.control.KpiCalculatorTest.STANDARD;
import static se.ingang.reports.control.KpiCalculatorTest.at;
import static se.ingang.reports.control.KpiCalculatorTest.deadline;
import static se.ingang.reports.control.KpiCalculatorTest.fact;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.Channel;
import se.ingang.reports.control.Facts.DeadlineFact;
import se.ingang.reports.control.Facts.EventFact;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.sla.entity.DeadlineKind;

class CaseFiguresTest {

    @Test
    void anOpenDeadlineMakesTheFiguresStaleWhenItFallsDue() {
        var now = at("2019-03-04T10:00");
        var c = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", null, null, false, List.of(
                deadline(DeadlineKind.FIRST_RESPONSE, null, "2019-03-04T09:00", "2019-03-04T13:00", null),
                deadline(DeadlineKind.RESOLUTION, null, "2019-03-04T09:00", "2019-03-05T12:00", null)), List.of());

        var figures = CaseFigures.of(c, now, q -> STANDARD);

        assertThat(figures.outcomes(DeadlineKind.FIRST_RESPONSE, Outcome.OPEN)).isEqualTo(1);
        assertThat(figures.staleAt()).as("the earlier due time").isEqualTo(at("2019-03-04T13:00"));
        assertThat(CaseFigures.of(c, at("2019-03-04T13:30"), q -> STANDARD).outcomes(DeadlineKind.FIRST_RESPONSE,
                Outcome.BREACHED)).as("worked out again after it fell due").isEqualTo(1);
    }

    @Test
    void aPausedDeadlineNeverMakesThemStaleButARunningLegDoesEveryFewMinutes() {
        var now = at("2019-03-04T12:00");
        var paused = new DeadlineFact(DeadlineKind.RESOLUTION, null, at("2019-03-04T09:00"), at("2019-03-04T13:00"),
                at("2019-03-04T11:00"), null, null, null);
        var waiting = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", "2019-03-04T11:00", null, false, List.of(paused),
                List.of(new EventFact(CaseEvent.WAITING_FOR_CUSTOMER, at("2019-03-04T11:00"))));

        var figures = CaseFigures.of(waiting, now, q -> STANDARD);

        assertThat(figures.legs()).extracting(CaseFigures.Leg::queue).containsExactly(CaseFigures.WAITING);
        assertThat(figures.staleAt()).as("the wait still runs").isEqualTo(now.plus(CaseFigures.RUNNING_REFRESH));

        var closed = fact("2019-000002", Channel.EMAIL, "2019-03-04T09:00", "2019-03-04T10:00", "2019-03-04T10:00", true,
                List.of(deadline(DeadlineKind.FIRST_RESPONSE, null, "2019-03-04T09:00", "2019-03-04T13:00", "2019-03-04T10:00")),
                List.of());
        assertThat(CaseFigures.of(closed, now, q -> STANDARD).staleAt()).as("nothing left for time to change").isNull();
    }

    @Test
    void theCodesOfGroupsAndLegsAreStoredWholeForALikeFilter() {
        assertThat(FigureTable.codes(List.of("admissions", "fo-study"))).isEqualTo("|admissions|fo-study|");
        assertThat(FigureTable.codes(List.of())).isEmpty();
    }
}
