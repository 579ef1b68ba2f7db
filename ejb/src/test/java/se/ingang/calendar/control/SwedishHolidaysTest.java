package se.ingang.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishHolidaysTest {

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
    void movableHolidaysFallOnTheirKnownDates(int year, LocalDate easter, LocalDate midsummerEve, LocalDate allSaints) {
        assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(SwedishHolidays.of(year)).contains(
                easter.minusDays(2), easter, easter.plusDays(1), // Good Friday, Easter, Easter Monday
                easter.plusDays(39), easter.plusDays(49),         // Ascension Day, Whit Sunday
                midsummerEve, midsummerEve.plusDays(1), allSaints);
        assertThat(SwedishHolidays.of(year)).contains(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 6), LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 6),
                LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 31));
        assertThat(SwedishHolidays.of(year)).hasSize(16);
    }

    @ParameterizedTest
    @CsvSource({"2026-04-07", "2026-06-22", "2026-12-23", "2026-11-02", "2026-05-13"})
    void ordinaryDaysNextToHolidaysAreNotHolidays(LocalDate date) {
        assertThat(SwedishHolidays.isHoliday(date)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-05-14", "2026-04-03", "2026-12-31", "2026-06-19"})
    void knownHolidaysOf2026(LocalDate date) {
        assertThat(SwedishHolidays.isHoliday(date)).isTrue();
    }
}
