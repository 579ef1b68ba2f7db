package se.ingang.calendar.control;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The days a Swedish customer service is closed for the calendar's sake: the public holidays
 * of the Public Holidays Act (1989:253) and the eves that are treated as holidays in practice
 * (Midsummer Eve, Christmas Eve, New Year's Eve). Jollyday's calendar for Sweden lists exactly
 * these sixteen days (checked for 2.19.0: its Holidays_se.xml has the three eves alongside
 * the statutory days), so nothing is added here; SwedishHolidaysTest pins the dates and their
 * number, so a library upgrade that changes the list fails the build instead of the deadlines.
 */
public final class SwedishHolidays {

    /**
     * Dates per year, computed once: deadlines look up every day they cross. The dates never
     * change and deadlines only reach years near today, so a process-wide map stays small.
     */
    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private SwedishHolidays() {
    }

    /** The closed days of {@code year}, sorted. */
    public static Set<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, SwedishHolidays::compute);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    private static Set<LocalDate> compute(int year) {
        // Jollyday finds its XML reader (jollyday-jaxb) with ServiceLoader on the context class
        // loader. In WildFly that is the calling module's, which need not see the EAR's lib/ (a
        // process-engine thread, say); the library's own loader always does.
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HolidayManager.class.getClassLoader());
        try {
            // Jollyday caches the manager, and the XML it parsed, itself.
            var sweden = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
            return sweden.getHolidays(Year.of(year)).stream()
                    .map(Holiday::getDate)
                    .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new),
                            Collections::unmodifiableSortedSet));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
