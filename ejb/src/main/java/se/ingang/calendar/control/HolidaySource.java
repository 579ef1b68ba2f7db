package se.ingang.calendar.control;

import java.time.LocalDate;

/** The days a calendar is closed whatever its opening hours say: public holidays. */
@FunctionalInterface
public interface HolidaySource {

    /** No holidays at all, for calendars that keep every closed day themselves. */
    HolidaySource NONE = date -> false;

    /** Sweden's public holidays and the de-facto closed eves ({@link SwedishHolidays}). */
    HolidaySource SWEDEN = SwedishHolidays::isHoliday;

    boolean isHoliday(LocalDate date);
}
