package se.ingang.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishHolidaysTest {

    /**
     * Known dates, written down rather than computed: Easter Sunday, Midsummer Eve (the Friday
     * 19–25 June) and All Saints' Day (the Saturday 31 October–6 November).
     */
    @ParameterizedTest(name = "{0}: Easter {1}, Midsummer Eve {2}, All Saints'' Day {3}")
    @CsvSource({
            "2024, 2024-03-31, 2024-06-21, 2024-11-02",
            "2025, 2025-04-20, 2025-06-20, 2025-11-01",
            "2026, 2026-04-05, 2026-06-19, 2026-10-31",
            "2027, 2027-03-28, 2027-06-25, 2027-11-06",
            "2028, 2028-04-16, 2028-06-23, 2028-11-04",
            "2029, 2029-04-01, 2029-06-22, 2029-11-03",
            "2030, 2030-04-21, 2030-06-21, 2030-11-02",
            "2031, 2031-04-13, 2031-06-20, 2031-11-01",
            "2032, 2032-03-28, 2032-06-25, 2032-11-06"})
    void everyClosedDayOfTheYearAndNothingElse(int year, LocalDate easter, LocalDate midsummerEve, LocalDate allSaints) {
        assertThat(SwedishHolidays.of(year)).containsExactlyInAnyOrder(
                LocalDate.of(year, 1, 1),    // New Year's Day
                LocalDate.of(year, 1, 6),    // Epiphany
                easter.minusDays(2),         // Good Friday
                easter,                      // Easter Sunday
                easter.plusDays(1),          // Easter Monday
                LocalDate.of(year, 5, 1),    // May Day
                easter.plusDays(39),         // Ascension Day (Thursday)
                LocalDate.of(year, 6, 6),    // National Day
                easter.plusDays(49),         // Whit Sunday
                midsummerEve,
                midsummerEve.plusDays(1),    // Midsummer Day
                allSaints,
                LocalDate.of(year, 12, 24),  // Christmas Eve
                LocalDate.of(year, 12, 25),  // Christmas Day
                LocalDate.of(year, 12, 26),  // Boxing Day
                LocalDate.of(year, 12, 31)); // New Year's Eve
    }

    @Test
    void theWholeOf2026WrittenOut() {
        assertThat(SwedishHolidays.of(2026)).containsExactly(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-06"),
                LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-05"), LocalDate.parse("2026-04-06"),
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-14"), LocalDate.parse("2026-05-24"),
                LocalDate.parse("2026-06-06"), LocalDate.parse("2026-06-19"), LocalDate.parse("2026-06-20"),
                LocalDate.parse("2026-10-31"),
                LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"),
                LocalDate.parse("2026-12-31"));
    }

    @Test
    void midsummerAndAllSaintsAreOnTheRightWeekdayEveryYear() {
        IntStream.rangeClosed(2024, 2075).forEach(year -> {
            var days = SwedishHolidays.of(year);
            assertThat(days).as("Midsummer Eve %d", year)
                    .filteredOn(d -> within(d, 6, 19, 6, 25) && d.getDayOfWeek() == DayOfWeek.FRIDAY).hasSize(1);
            assertThat(days).as("Midsummer Day %d", year)
                    .filteredOn(d -> within(d, 6, 20, 6, 26) && d.getDayOfWeek() == DayOfWeek.SATURDAY).hasSize(1);
            assertThat(days).as("All Saints' Day %d", year)
                    .filteredOn(d -> within(d, 10, 31, 11, 6) && d.getDayOfWeek() == DayOfWeek.SATURDAY).hasSize(1);
        });
    }

    private static boolean within(LocalDate date, int fromMonth, int fromDay, int toMonth, int toDay) {
        return !date.isBefore(LocalDate.of(date.getYear(), fromMonth, fromDay))
                && !date.isAfter(LocalDate.of(date.getYear(), toMonth, toDay));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-02", "2026-04-04", "2026-04-07", "2026-05-13", "2026-05-15", "2026-05-25", "2026-06-18",
            "2026-06-22", "2026-11-01", "2026-11-02", "2026-12-23", "2026-12-27", "2027-01-05", "2027-01-07"})
    void ordinaryDaysNextToHolidaysAreNotHolidays(LocalDate date) {
        assertThat(SwedishHolidays.isHoliday(date)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-04-03", "2026-05-14", "2026-06-19", "2026-10-31", "2026-12-24", "2026-12-31", "2027-01-06"})
    void knownClosedDays(LocalDate date) {
        assertThat(SwedishHolidays.isHoliday(date)).isTrue();
        assertThat(HolidaySource.SWEDEN.isHoliday(date)).isTrue();
    }
}
