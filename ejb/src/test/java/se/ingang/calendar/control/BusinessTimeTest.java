package se.ingang.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ingang.calendar.control.TestCalendars.STOCKHOLM;
import static se.ingang.calendar.control.TestCalendars.at;
import static se.ingang.calendar.control.TestCalendars.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.assertj.core.api.AbstractLocalDateTimeAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Monday–Friday 08–17 in Stockholm with Swedish holidays, unless a test says otherwise. */
class BusinessTimeTest {

    private final BusinessTime time = TestCalendars.weekdaysEightToFive(Set.of());

    /** Compares on Stockholm's wall clock, so a failure reads like the calendar. */
    private static AbstractLocalDateTimeAssert<?> assertLocal(Instant actual) {
        return assertThat(local(actual));
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    @Nested
    class Plus {

        @Test
        void withinADayItIsPlainAddition() {
            assertLocal(time.plus(at("2026-11-23T09:00"), hours(3))).isEqualTo("2026-11-23T12:00");
        }

        @Test
        void theEveningAndTheNightAreSkipped() {
            assertLocal(time.plus(at("2026-11-23T16:00"), hours(2))).isEqualTo("2026-11-24T09:00");
            assertLocal(time.plus(at("2026-11-23T20:00"), hours(1))).isEqualTo("2026-11-24T09:00");
            assertLocal(time.plus(at("2026-11-24T06:00"), hours(1))).isEqualTo("2026-11-24T09:00");
        }

        @Test
        void aDeadlineThatUsesUpTheDayEndsAtClosingTime() {
            assertLocal(time.plus(at("2026-11-23T16:00"), hours(1))).isEqualTo("2026-11-23T17:00");
            assertLocal(time.plus(at("2026-11-23T08:00"), hours(9))).isEqualTo("2026-11-23T17:00");
            assertLocal(time.plus(at("2026-11-23T08:00"), hours(9).plusSeconds(1))).isEqualTo("2026-11-24T08:00:01");
        }

        @Test
        void weekendsAreSkipped() {
            assertLocal(time.plus(at("2026-11-27T16:30"), hours(1))).isEqualTo("2026-11-30T08:30");
            assertLocal(time.plus(at("2026-11-28T12:00"), hours(9))).isEqualTo("2026-11-30T17:00");
            assertLocal(time.plus(at("2026-11-28T12:00"), hours(9).plusMinutes(1))).isEqualTo("2026-12-01T08:01");
            assertLocal(time.plus(at("2026-11-23T08:00"), hours(45))).isEqualTo("2026-11-27T17:00"); // one working week
        }

        @Test
        void easterIsSkipped() {
            // Maundy Thursday 2026-04-02; Good Friday, Easter Sunday and Easter Monday are closed.
            assertLocal(time.plus(at("2026-04-02T16:00"), hours(2))).isEqualTo("2026-04-07T09:00");
        }

        @Test
        void easter2027IsAlsoTheWeekendClocksGoForward() {
            // Easter Sunday 2027-03-28 is the last Sunday in March.
            var maundyThursday = at("2027-03-25T16:00");
            var tuesday = time.plus(maundyThursday, hours(2));
            assertLocal(tuesday).isEqualTo("2027-03-30T09:00");
            assertThat(Duration.between(maundyThursday, tuesday)).isEqualTo(hours(4 * 24 + 17 - 1));
        }

        @Test
        void ascensionMidsummerChristmasAndNewYearAreSkipped() {
            assertLocal(time.plus(at("2026-05-13T16:00"), hours(2))).isEqualTo("2026-05-15T09:00");
            assertLocal(time.plus(at("2026-06-18T16:00"), hours(2))).isEqualTo("2026-06-22T09:00");
            assertLocal(time.plus(at("2026-12-23T16:00"), hours(2))).isEqualTo("2026-12-28T09:00");
            assertLocal(time.plus(at("2026-12-30T16:00"), hours(2))).isEqualTo("2027-01-04T09:00");
            assertLocal(time.plus(at("2027-01-05T16:00"), hours(2))).isEqualTo("2027-01-07T09:00"); // Epiphany
        }

        @Test
        void zeroIsTheNextOpening() {
            assertLocal(time.plus(at("2026-11-28T12:00"), Duration.ZERO)).isEqualTo("2026-11-30T08:00");
            assertLocal(time.plus(at("2026-11-23T17:00"), Duration.ZERO)).isEqualTo("2026-11-24T08:00");
            assertThat(time.plus(at("2026-11-23T12:34:56.789"), Duration.ZERO)).isEqualTo(at("2026-11-23T12:34:56.789"));
        }

        @Test
        void longDeadlinesCrossMonthsOfWorkingDays() {
            // 30 working days: 23 Nov–23 Dec (23), 28–30 Dec (26), 4–5 Jan (28), 7–8 Jan (30);
            // 24–25 Dec, 31 Dec, 1 Jan and Epiphany closed.
            var start = at("2026-11-23T08:00");
            var end = time.plus(start, hours(9 * 30));
            assertLocal(end).isEqualTo("2027-01-08T17:00");
            assertThat(time.between(start, end)).isEqualTo(hours(9 * 30));
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void clocksGoForwardOnSunday29March2026() {
            var friday = at("2026-03-27T16:30");
            var monday = time.plus(friday, hours(1));
            assertLocal(monday).isEqualTo("2026-03-30T08:30");
            assertThat(Duration.between(friday, monday)).isEqualTo(hours(63)); // one hour fewer on the wall clock
            assertThat(time.between(friday, monday)).isEqualTo(hours(1));
            assertThat(time.between(at("2026-03-27T08:00"), at("2026-03-30T17:00"))).isEqualTo(hours(18));
            assertThat(time.between(at("2026-03-26T12:00"), at("2026-04-01T12:00"))).isEqualTo(hours(5 + 9 + 9 + 9 + 4));
        }

        @Test
        void clocksGoBackOnSunday25October2026() {
            var friday = at("2026-10-23T16:30");
            var monday = time.plus(friday, hours(1));
            assertLocal(monday).isEqualTo("2026-10-26T08:30");
            assertThat(Duration.between(friday, monday)).isEqualTo(hours(65)); // one hour more on the wall clock
            assertThat(time.between(friday, monday)).isEqualTo(hours(1));
            assertThat(time.between(at("2026-10-23T08:00"), at("2026-10-26T17:00"))).isEqualTo(hours(18));
        }

        @ParameterizedTest
        @CsvSource({"2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"})
        void eightToFiveIsNineHoursOnTheDayOfTheChangeToo(LocalDate sunday) {
            var everyDay = TestCalendars.everyDay(LocalTime.of(8, 0), LocalTime.of(17, 0));
            var midnight = sunday.atStartOfDay(STOCKHOLM).toInstant();
            var nextMidnight = sunday.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
            assertThat(time.isBusinessDay(sunday)).isFalse();
            assertThat(everyDay.between(midnight, nextMidnight)).isEqualTo(hours(9));
            assertLocal(everyDay.plus(midnight, hours(9))).isEqualTo(sunday + "T17:00");
            assertLocal(everyDay.plus(midnight, hours(10))).isEqualTo(sunday.plusDays(1) + "T09:00");
        }

        @Test
        void hoursAcrossTheChangeItselfCountRealTime() {
            // Open 01–05: the clock skips 02–03 in March (3 real hours) and repeats it in October (5).
            var night = TestCalendars.everyDay(LocalTime.of(1, 0), LocalTime.of(5, 0));
            assertThat(night.between(at("2026-03-29T00:00"), at("2026-03-30T00:00"))).isEqualTo(hours(3));
            assertThat(night.between(at("2026-10-25T00:00"), at("2026-10-26T00:00"))).isEqualTo(hours(5));
            assertLocal(night.plus(at("2026-03-29T01:30"), hours(1))).isEqualTo("2026-03-29T03:30");
        }
    }

    @Nested
    class Between {

        @Test
        void onlyOpenTimeCounts() {
            assertThat(time.between(at("2026-11-23T07:00"), at("2026-11-23T20:00"))).isEqualTo(hours(9));
            assertThat(time.between(at("2026-11-23T12:15"), at("2026-11-23T12:45"))).isEqualTo(Duration.ofMinutes(30));
            assertThat(time.between(at("2026-11-27T15:00"), at("2026-11-30T10:00"))).isEqualTo(hours(4));
            assertThat(time.between(at("2026-11-28T09:00"), at("2026-11-29T16:00"))).isZero(); // a weekend
        }

        @Test
        void holidaysDoNotCount() {
            assertThat(time.between(at("2026-04-02T08:00"), at("2026-04-07T17:00"))).isEqualTo(hours(18));
            assertThat(time.between(at("2026-12-23T08:00"), at("2026-12-28T17:00"))).isEqualTo(hours(18));
        }

        @Test
        void isZeroUnlessToIsAfterFrom() {
            assertThat(time.between(at("2026-11-30T10:00"), at("2026-11-27T15:00"))).isZero();
            assertThat(time.between(at("2026-11-30T10:00"), at("2026-11-30T10:00"))).isZero();
        }

        @Test
        void undoesPlusFromAnyStart() {
            var starts = new String[] {"2026-03-27T10:15", "2026-03-28T03:00", "2026-04-01T16:59", "2026-06-18T08:00",
                    "2026-10-23T16:30", "2026-10-25T02:30", "2026-12-22T10:15", "2026-12-31T12:00"};
            for (var start : starts) {
                for (long minutes : new long[] {0, 1, 59, 9 * 60, 40 * 60, 123 * 60 + 7}) {
                    var end = time.plus(at(start), Duration.ofMinutes(minutes));
                    assertThat(time.between(at(start), end)).as("%s + %d min", start, minutes)
                            .isEqualTo(Duration.ofMinutes(minutes));
                    if (minutes > 0) {
                        assertThat(time.between(at(start), end.minusSeconds(1))).as("%s + %d min, a second early", start, minutes)
                                .isEqualTo(Duration.ofMinutes(minutes).minusSeconds(1));
                    }
                }
            }
        }
    }

    @Nested
    class ClosedDays {

        private final LocalDate bridgeDay = LocalDate.of(2026, 5, 15); // the Friday after Ascension Day
        private final BusinessTime withBridgeDay = TestCalendars.weekdaysEightToFive(Set.of(bridgeDay));

        @Test
        void anExtraClosedDayIsSkipped() {
            assertLocal(withBridgeDay.plus(at("2026-05-13T16:00"), hours(2))).isEqualTo("2026-05-18T09:00");
            assertLocal(time.plus(at("2026-05-13T16:00"), hours(2))).isEqualTo("2026-05-15T09:00");
            assertThat(withBridgeDay.between(at("2026-05-13T08:00"), at("2026-05-18T17:00"))).isEqualTo(hours(18));
            assertThat(withBridgeDay.isOpen(at("2026-05-15T10:00"))).isFalse();
        }

        @Test
        void itIsNoBusinessDay() {
            assertThat(withBridgeDay.isBusinessDay(bridgeDay)).isFalse();
            assertThat(time.isBusinessDay(bridgeDay)).isTrue();
            assertLocal(withBridgeDay.plusBusinessDays(at("2026-05-13T10:00"), 1)).isEqualTo("2026-05-18T10:00");
        }

        @Test
        void theHolidaySourceDecidesWhatAHolidayIs() {
            var goodFriday = LocalDate.of(2026, 4, 3);
            var noHolidays = new BusinessTime(STOCKHOLM,
                    TestCalendars.hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0)),
                    Set.of(), HolidaySource.NONE);
            assertThat(time.isBusinessDay(goodFriday)).isFalse();
            assertThat(noHolidays.isBusinessDay(goodFriday)).isTrue();
            assertLocal(noHolidays.plus(at("2026-04-02T16:00"), hours(2))).isEqualTo("2026-04-03T09:00");

            var mondaysOff = new BusinessTime(STOCKHOLM,
                    TestCalendars.hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0)),
                    Set.of(), date -> date.getDayOfWeek() == DayOfWeek.MONDAY);
            assertLocal(mondaysOff.plus(at("2026-11-27T16:00"), hours(2))).isEqualTo("2026-12-01T09:00");
        }

        @Test
        void hoursDifferPerWeekday() {
            var hours = TestCalendars.hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(17, 0));
            hours.put(DayOfWeek.FRIDAY, new BusinessTime.Hours(LocalTime.of(9, 0), LocalTime.of(12, 0)));
            hours.put(DayOfWeek.SATURDAY, new BusinessTime.Hours(LocalTime.of(10, 0), LocalTime.of(14, 0)));
            var shortFriday = new BusinessTime(STOCKHOLM, hours, Set.of(), HolidaySource.SWEDEN);
            assertLocal(shortFriday.plus(at("2026-11-27T11:00"), hours(2))).isEqualTo("2026-11-28T11:00");
            assertLocal(shortFriday.plus(at("2026-11-27T11:00"), hours(6))).isEqualTo("2026-11-30T09:00");
            assertThat(shortFriday.between(at("2026-11-26T00:00"), at("2026-12-01T00:00"))).isEqualTo(hours(9 + 3 + 4 + 9));
            assertThat(shortFriday.isBusinessDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
            assertThat(shortFriday.isBusinessDay(LocalDate.of(2026, 10, 31))).isFalse(); // All Saints' Day, a Saturday
        }
    }

    @Nested
    class OpenAndNextOpening {

        @Test
        void openFromOpeningUntilJustBeforeClosing() {
            assertThat(time.isOpen(at("2026-11-23T07:59:59"))).isFalse();
            assertThat(time.isOpen(at("2026-11-23T08:00"))).isTrue();
            assertThat(time.isOpen(at("2026-11-23T16:59:59"))).isTrue();
            assertThat(time.isOpen(at("2026-11-23T17:00"))).isFalse();
            assertThat(time.isOpen(at("2026-11-28T12:00"))).isFalse(); // Saturday
            assertThat(time.isOpen(at("2026-12-24T12:00"))).isFalse(); // Christmas Eve, a Thursday
        }

        @Test
        void nextOpening() {
            assertThat(time.nextOpening(at("2026-11-23T12:00"))).isEqualTo(at("2026-11-23T12:00"));
            assertLocal(time.nextOpening(at("2026-11-23T06:00"))).isEqualTo("2026-11-23T08:00");
            assertLocal(time.nextOpening(at("2026-11-27T17:00"))).isEqualTo("2026-11-30T08:00");
            assertLocal(time.nextOpening(at("2026-11-28T12:00"))).isEqualTo("2026-11-30T08:00");
            assertLocal(time.nextOpening(at("2026-04-02T17:00"))).isEqualTo("2026-04-07T08:00");
            assertLocal(time.nextOpening(at("2026-03-28T12:00"))).isEqualTo("2026-03-30T08:00");
        }

        @Test
        void businessDays() {
            assertThat(time.isBusinessDay(LocalDate.of(2026, 11, 23))).isTrue();
            assertThat(time.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse();
            assertThat(time.isBusinessDay(LocalDate.of(2026, 6, 19))).isFalse(); // Midsummer Eve
            assertThat(time.isBusinessDay(LocalDate.of(2026, 12, 31))).isFalse(); // New Year's Eve
        }
    }

    @Nested
    class PlusBusinessDays {

        @Test
        void sameTimeOfDayNBusinessDaysLater() {
            assertLocal(time.plusBusinessDays(at("2026-11-23T10:00"), 1)).isEqualTo("2026-11-24T10:00");
            assertLocal(time.plusBusinessDays(at("2026-11-23T10:00"), 5)).isEqualTo("2026-11-30T10:00");
            assertLocal(time.plusBusinessDays(at("2026-11-23T10:00"), 10)).isEqualTo("2026-12-07T10:00");
        }

        @Test
        void holidaysAndWeekendsAreNotCounted() {
            assertLocal(time.plusBusinessDays(at("2026-12-22T10:00"), 3)).isEqualTo("2026-12-29T10:00");
            assertLocal(time.plusBusinessDays(at("2026-04-02T10:00"), 1)).isEqualTo("2026-04-07T10:00");
            assertLocal(time.plusBusinessDays(at("2026-11-28T10:00"), 1)).isEqualTo("2026-11-30T10:00"); // from a Saturday
        }

        @Test
        void keepsTheLocalTimeAcrossDaylightSavingChanges() {
            var friday = at("2026-03-27T10:00");
            var monday = time.plusBusinessDays(friday, 1);
            assertLocal(monday).isEqualTo("2026-03-30T10:00");
            assertThat(Duration.between(friday, monday)).isEqualTo(hours(71));
            assertLocal(time.plusBusinessDays(at("2026-10-23T10:00"), 1)).isEqualTo("2026-10-26T10:00");
        }

        @Test
        void aTimeOutsideOpeningHoursIsClampedIntoThem() {
            assertLocal(time.plusBusinessDays(at("2026-11-23T19:30"), 1)).isEqualTo("2026-11-24T17:00");
            assertLocal(time.plusBusinessDays(at("2026-11-23T17:00"), 1)).isEqualTo("2026-11-24T17:00");
            assertLocal(time.plusBusinessDays(at("2026-11-23T06:00"), 1)).isEqualTo("2026-11-24T08:00");
        }

        @Test
        void zeroDaysIsTheNextOpening() {
            assertThat(time.plusBusinessDays(at("2026-11-23T10:00"), 0)).isEqualTo(at("2026-11-23T10:00"));
            assertLocal(time.plusBusinessDays(at("2026-11-23T19:30"), 0)).isEqualTo("2026-11-24T08:00");
        }
    }

    @Nested
    class Construction {

        @Test
        void nonsenseIsRefused() {
            assertThatThrownBy(() -> new BusinessTime.Hours(LocalTime.of(17, 0), LocalTime.of(8, 0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BusinessTime.Hours(LocalTime.of(8, 0), LocalTime.of(8, 0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BusinessTime(STOCKHOLM, new EnumMap<>(DayOfWeek.class), Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> time.plus(at("2026-11-23T09:00"), hours(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> time.plusBusinessDays(at("2026-11-23T09:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void laterChangesToTheInputsDoNotLeakIn() {
            var hours = TestCalendars.hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0));
            var closed = new HashSet<LocalDate>();
            var calendar = new BusinessTime(STOCKHOLM, hours, closed, HolidaySource.SWEDEN);
            hours.remove(DayOfWeek.MONDAY);
            closed.add(LocalDate.of(2026, 11, 24));
            assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 23))).isTrue();
            assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 24))).isTrue();
        }

        @Test
        void theStandardConstructorUsesSwedishHolidays() {
            var calendar = new BusinessTime(STOCKHOLM,
                    TestCalendars.hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0)),
                    Set.of());
            assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
            assertThat(calendar.zone()).isEqualTo(STOCKHOLM);
        }
    }
}
