package se.ingang.calendar.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;

/** Calendars tests count in; the first is like the standard calendar (Monday–Friday 08–17, Stockholm). */
public final class TestCalendars {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private TestCalendars() {
    }

    public static BusinessTime weekdaysEightToFive(Set<LocalDate> closedDays) {
        return new BusinessTime(STOCKHOLM,
                hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0)),
                closedDays, HolidaySource.SWEDEN);
    }

    /** Open every day of the week, holidays included: for what happens on the Sundays of DST changes. */
    public static BusinessTime everyDay(LocalTime opens, LocalTime closes) {
        return new BusinessTime(STOCKHOLM, hours(EnumSet.allOf(DayOfWeek.class), opens, closes), Set.of(), HolidaySource.NONE);
    }

    public static EnumMap<DayOfWeek, BusinessTime.Hours> hours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        var hours = new EnumMap<DayOfWeek, BusinessTime.Hours>(DayOfWeek.class);
        days.forEach(day -> hours.put(day, new BusinessTime.Hours(opens, closes)));
        return hours;
    }

    /** A local Stockholm time, e.g. "2026-11-23T09:00". */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    /** An instant as Stockholm's wall clock shows it, for readable failures. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, STOCKHOLM);
    }
}
