package se.ingang.calendar.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Arithmetic on business time for one calendar: opening hours per weekday in a time zone,
 * closed on the holidays of a {@link HolidaySource} and on extra closed days. Immutable and
 * thread-safe. Opening hours are local times, turned into instants day by day, so a
 * daylight-saving change moves them with the wall clock: 08:00–17:00 stays 9 hours.
 */
public final class BusinessTime {

    /** Open hours of one weekday, in local time; one interval, within the day. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes must be after opens: " + opens + "–" + closes);
            }
        }
    }

    /**
     * How many days the loops look ahead. Holidays and closed days can never hide every open day
     * for this long, so reaching it means a mistake (or a deadline years away), not a long wait.
     */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> hours;
    private final Set<LocalDate> closedDays;
    private final HolidaySource holidays;

    public BusinessTime(ZoneId zone, Map<DayOfWeek, Hours> hours, Set<LocalDate> closedDays, HolidaySource holidays) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs opening hours on at least one weekday");
        }
        hours.values().forEach(h -> Objects.requireNonNull(h, "opening hours"));
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Collections.unmodifiableMap(new EnumMap<>(hours));
        this.closedDays = Set.copyOf(closedDays);
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** A calendar closed on Swedish public holidays. */
    public BusinessTime(ZoneId zone, Map<DayOfWeek, Hours> hours, Set<LocalDate> closedDays) {
        this(zone, hours, closedDays, HolidaySource.SWEDEN);
    }

    public boolean isBusinessDay(LocalDate date) {
        return hours.containsKey(date.getDayOfWeek()) && !closedDays.contains(date) && !holidays.isHoliday(date);
    }

    public boolean isOpen(Instant at) {
        var date = localDate(at);
        return isBusinessDay(date) && !at.isBefore(opening(date)) && at.isBefore(closing(date));
    }

    /** {@code at} itself when open, else the next opening. */
    public Instant nextOpening(Instant at) {
        var date = localDate(at);
        for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
            if (!isBusinessDay(date)) {
                continue;
            }
            if (at.isBefore(opening(date))) {
                return opening(date);
            }
            if (at.isBefore(closing(date))) {
                return at;
            }
        }
        throw new IllegalStateException("no opening within " + MAX_DAYS + " days of " + at);
    }

    /**
     * The instant when {@code businessDuration} of open time has passed after {@code start}.
     * A deadline that uses up a day exactly ends at its closing time, not at the next opening.
     */
    public Instant plus(Instant start, Duration businessDuration) {
        if (businessDuration.isNegative()) {
            throw new IllegalArgumentException("business time only moves forward: " + businessDuration);
        }
        var at = nextOpening(start);
        var left = businessDuration;
        for (int i = 0; i < MAX_DAYS; i++) {
            var closing = closing(localDate(at));
            var openToday = Duration.between(at, closing);
            if (left.compareTo(openToday) <= 0) {
                return at.plus(left);
            }
            left = left.minus(openToday);
            at = nextOpening(closing);
        }
        throw new IllegalStateException("deadline more than " + MAX_DAYS + " open days away: " + businessDuration);
    }

    /** Open time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        var total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        var lastDate = localDate(to);
        for (var date = localDate(from); !date.isAfter(lastDate); date = date.plusDays(1)) {
            if (!isBusinessDay(date)) {
                continue;
            }
            var start = latest(from, opening(date));
            var end = earliest(to, closing(date));
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * The same local time {@code days} business days later (for "remind after N business
     * days"). When that time is outside the day's opening hours it is clamped into them: after
     * closing to the closing time, before opening to the opening time, so that the days in
     * between are whole business days either way. Zero days is {@link #nextOpening}.
     */
    public Instant plusBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days only move forward: " + days);
        }
        if (days == 0) {
            return nextOpening(start);
        }
        var local = start.atZone(zone);
        var date = local.toLocalDate();
        for (int counted = 0, i = 0; counted < days; i++) {
            if (i >= MAX_DAYS) {
                throw new IllegalStateException("no " + days + " business days within " + MAX_DAYS + " days of " + start);
            }
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        var at = ZonedDateTime.of(date, local.toLocalTime(), zone).toInstant();
        return latest(opening(date), earliest(at, closing(date)));
    }

    public ZoneId zone() {
        return zone;
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    // A local time in a DST gap moves on by the gap (02:30 becomes 03:30 summer time); one in
    // the autumn overlap is taken at its first occurrence.
    private Instant opening(LocalDate date) {
        return ZonedDateTime.of(date, hours.get(date.getDayOfWeek()).opens(), zone).toInstant();
    }

    private Instant closing(LocalDate date) {
        return ZonedDateTime.of(date, hours.get(date.getDayOfWeek()).closes(), zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
