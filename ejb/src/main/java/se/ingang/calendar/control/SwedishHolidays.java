package se.ingang.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days a Swedish public-sector customer service is closed: the public holidays of
 * the Act on public holidays (1989:253) plus the de-facto closed days Midsummer Eve,
 * Christmas Eve and New Year's Eve. Computed here rather than with a holiday library:
 * the rules are few and exact, and the library needs an XML binding at run time that
 * would have to coexist with WildFly's own. Tests pin the dates for 2024–2032.
 */
public final class SwedishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),   // New Year's Day
            MonthDay.of(1, 6),   // Epiphany
            MonthDay.of(5, 1),   // May Day
            MonthDay.of(6, 6),   // National Day
            MonthDay.of(12, 24), // Christmas Eve
            MonthDay.of(12, 25), // Christmas Day
            MonthDay.of(12, 26), // Boxing Day
            MonthDay.of(12, 31)  // New Year's Eve
    );

    private SwedishHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        var days = new TreeSet<LocalDate>();
        FIXED.forEach(day -> days.add(day.atYear(year)));
        var easter = easterSunday(year);
        days.add(easter.minusDays(2));  // Good Friday
        days.add(easter);               // Easter Sunday
        days.add(easter.plusDays(1));   // Easter Monday
        days.add(easter.plusDays(39));  // Ascension Day
        days.add(easter.plusDays(49));  // Whit Sunday
        var midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.add(midsummerEve);
        days.add(midsummerEve.plusDays(1)); // Midsummer Day
        days.add(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))); // All Saints' Day
        return days;
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
