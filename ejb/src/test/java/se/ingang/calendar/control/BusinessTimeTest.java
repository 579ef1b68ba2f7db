package se.ingang.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    private final BusinessTime time = TestCalendars.weekdaysEightToFive(Set.of());

    private static BusinessTime weekdays(Set<LocalDate> closed) {
        return TestCalendars.weekdaysEightToFive(closed);
    }

    private static Instant at(String localDateTime) {
        return TestCalendars.at(localDateTime);
    }

    @Test
    void withinADayTheDeadlineIsPlainAddition() {
        assertThat(time.plus(at("2026-11-23T09:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void eveningsAreSkipped() {
        assertThat(time.plus(at("2026-11-23T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-24T09:00"));
        assertThat(time.plus(at("2026-11-23T20:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-24T09:00"));
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(time.plus(at("2026-11-27T16:30"), Duration.ofHours(1))).isEqualTo(at("2026-11-30T08:30"));
        assertThat(time.plus(at("2026-11-28T12:00"), Duration.ofHours(9))).isEqualTo(at("2026-11-30T17:00"));
    }

    @Test
    void easterIsSkipped() {
        // Maundy Thursday 2026-04-02; Good Friday, Easter and Easter Monday closed.
        assertThat(time.plus(at("2026-04-02T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-04-07T09:00"));
    }

    @Test
    void midsummerAndChristmasAreSkipped() {
        assertThat(time.plus(at("2026-06-18T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-06-22T09:00"));
        // 2026-12-23 Wednesday; 24–26 closed, 27 Sunday.
        assertThat(time.plus(at("2026-12-23T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-12-28T09:00"));
    }

    @Test
    void springDaylightSavingChangeKeepsLocalOpeningHours() {
        // Clocks go forward on Sunday 2026-03-29.
        var friday = at("2026-03-27T16:30");
        var monday = time.plus(friday, Duration.ofHours(1));
        assertThat(monday).isEqualTo(at("2026-03-30T08:30"));
        assertThat(time.between(friday, monday)).isEqualTo(Duration.ofHours(1));
        assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(63)); // one hour fewer on the wall clock
    }

    @Test
    void autumnDaylightSavingChangeKeepsLocalOpeningHours() {
        // Clocks go back on Sunday 2026-10-25.
        var friday = at("2026-10-23T16:30");
        var monday = time.plus(friday, Duration.ofHours(1));
        assertThat(monday).isEqualTo(at("2026-10-26T08:30"));
        assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(65));
        assertThat(time.between(at("2026-10-23T08:00"), at("2026-10-26T17:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void betweenCountsOnlyOpenTime() {
        assertThat(time.between(at("2026-11-23T07:00"), at("2026-11-23T20:00"))).isEqualTo(Duration.ofHours(9));
        assertThat(time.between(at("2026-11-27T15:00"), at("2026-11-30T10:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(time.between(at("2026-11-30T10:00"), at("2026-11-27T15:00"))).isZero();
    }

    @Test
    void plusAndBetweenAgree() {
        var start = at("2026-12-22T10:15");
        for (long minutes : new long[] {1, 59, 9 * 60, 40 * 60, 123 * 60 + 7}) {
            var end = time.plus(start, Duration.ofMinutes(minutes));
            assertThat(time.between(start, end)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void extraClosedDaysAreSkipped() {
        var bridgeDay = weekdays(Set.of(LocalDate.of(2026, 5, 15)));  // Friday after Ascension Day
        assertThat(bridgeDay.plus(at("2026-05-13T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-05-18T09:00"));
        assertThat(bridgeDay.isBusinessDay(LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(time.isBusinessDay(LocalDate.of(2026, 5, 15))).isTrue();
    }

    @Test
    void openingAndNextOpening() {
        assertThat(time.isOpen(at("2026-11-23T08:00"))).isTrue();
        assertThat(time.isOpen(at("2026-11-23T17:00"))).isFalse();
        assertThat(time.nextOpening(at("2026-11-28T12:00"))).isEqualTo(at("2026-11-30T08:00"));
        assertThat(time.nextOpening(at("2026-11-23T12:00"))).isEqualTo(at("2026-11-23T12:00"));
        assertThat(time.plus(at("2026-11-28T12:00"), Duration.ZERO)).isEqualTo(at("2026-11-30T08:00"));
    }

    @Test
    void plusBusinessDaysKeepsTheTimeOfDayWithinOpeningHours() {
        assertThat(time.plusBusinessDays(at("2026-11-23T10:00"), 5)).isEqualTo(at("2026-11-30T10:00"));
        assertThat(time.plusBusinessDays(at("2026-12-22T10:00"), 3)).isEqualTo(at("2026-12-29T10:00"));
        assertThat(time.plusBusinessDays(at("2026-11-23T19:30"), 1)).isEqualTo(at("2026-11-24T17:00"));
        assertThat(time.plusBusinessDays(at("2026-11-23T06:00"), 1)).isEqualTo(at("2026-11-24T08:00"));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new BusinessTime.Hours(LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> time.plus(at("2026-11-23T09:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessTime(TestCalendars.STOCKHOLM, new EnumMap<>(DayOfWeek.class), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
