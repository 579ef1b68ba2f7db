package se.ingang.calendar.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Set;

/** The calendar tests count in: Monday–Friday 08–17 in Stockholm, like the standard calendar. */
public final class TestCalendars {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private TestCalendars() {
    }

    public static BusinessTime weekdaysEightToFive(Set<LocalDate> closedDays) {
        var hours = new EnumMap<DayOfWeek, BusinessTime.Hours>(DayOfWeek.class);
        for (var day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            hours.put(day, new BusinessTime.Hours(LocalTime.of(8, 0), LocalTime.of(17, 0)));
        }
        return new BusinessTime(STOCKHOLM, hours, closedDays);
    }

    /** A local Stockholm time, e.g. "2026-11-23T09:00". */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }
}
