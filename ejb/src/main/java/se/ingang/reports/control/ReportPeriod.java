package se.ingang.reports.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import se.ingang.platform.errors.InvalidInputException;

/**
 * Whole local days {@code from}..{@code to} (both included) in Europe/Stockholm: from the
 * start of {@code from} to the start of the day after {@code to}, whatever daylight saving does.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** More than a year at once is a report job, not a dashboard request. */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "give the period as dates, e.g. 2026-11-01");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends before it starts");
        }
        if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS + " days at a time");
        }
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** Exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** As many days, ending the day before this period starts (a month of 31 days is compared with the 31 before). */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The same dates a year before (29 February becomes the 28th). */
    public ReportPeriod yearBefore() {
        return new ReportPeriod(from.minusYears(1), to.minusYears(1));
    }

    /**
     * A named period around {@code today}: today; week (Monday–Sunday); month; term (spring
     * 1 January–30 June, autumn 1 July–31 December, as the university's terms are reported);
     * last-week (the whole previous Monday–Sunday, the weekly mail's period).
     */
    public static ReportPeriod named(String name, LocalDate today) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "today" -> new ReportPeriod(today, today);
            case "week" -> new ReportPeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case "month" -> new ReportPeriod(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case "term" -> today.getMonthValue() <= 6
                    ? new ReportPeriod(LocalDate.of(today.getYear(), Month.JANUARY, 1), LocalDate.of(today.getYear(), Month.JUNE, 30))
                    : new ReportPeriod(LocalDate.of(today.getYear(), Month.JULY, 1), LocalDate.of(today.getYear(), Month.DECEMBER, 31));
            case "last-week" -> {
                var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new ReportPeriod(monday, monday.plusDays(6));
            }
            default -> throw new InvalidInputException("period", "one of today, week, month, term, last-week, or from and to");
        };
    }
}
