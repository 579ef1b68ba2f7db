package se.ingang.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static BusinessCalendar standard() {
        var calendar = new BusinessCalendar("standard", "Kundtjänstens öppettider / Customer service hours", STOCKHOLM);
        for (var day : new DayOfWeek[] {DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY}) {
            calendar.setOpeningHours(day, LocalTime.of(8, 0), LocalTime.of(17, 0));
        }
        return calendar;
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void itsBusinessTimeHasItsHoursItsZoneAndSwedishHolidays() {
        var time = standard().toBusinessTime();
        assertThat(time.zone()).isEqualTo(STOCKHOLM);
        assertThat(time.plus(at("2026-04-02T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-04-07T09:00"));
        assertThat(time.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse();
    }

    @Test
    void closedDaysCloseTheCalendarOnce() {
        var calendar = standard();
        var bridgeDay = LocalDate.of(2026, 5, 15);
        assertThat(calendar.toBusinessTime().isBusinessDay(bridgeDay)).isTrue();

        calendar.addClosedDay(bridgeDay, "Klämdag");
        calendar.addClosedDay(LocalDate.of(2026, 1, 2), "Mellandag");
        calendar.addClosedDay(bridgeDay, "again");

        assertThat(calendar.toBusinessTime().isBusinessDay(bridgeDay)).isFalse();
        assertThat(calendar.getClosedDays()).extracting(ClosedDay::getDate, ClosedDay::getReason)
                .containsExactly(tuple(LocalDate.of(2026, 1, 2), "Mellandag"),
                        tuple(bridgeDay, "Klämdag"));
    }

    @Test
    void openingHoursAreOnePerWeekdayMondayFirst() {
        var calendar = standard();
        calendar.setOpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertThat(calendar.getOpeningHours()).extracting(OpeningHours::getDayOfWeek)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(calendar.toBusinessTime().isOpen(at("2026-11-27T12:30"))).isFalse();
        assertThat(calendar.toBusinessTime().isOpen(at("2026-11-26T12:30"))).isTrue();
        assertThatThrownBy(() -> calendar.setOpeningHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.getOpeningHours()).hasSize(5);
    }
}
