package se.ingang.calendar.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Arithmetic on business time for one calendar: open hours per weekday in a time zone,
 * closed on Swedish public holidays and on extra closed days. Immutable. Local opening
 * hours are turned into instants per day, so daylight-saving changes fall out right.
 */
public final class BusinessTime {

    /** Open hours of one weekday, in local time. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes must be after opens: " + opens + "–" + closes);
            }
        }
    }

    /** Guards the loops: a calendar that is never open must not spin for ever. */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> hours;
    private final Set<LocalDate> closedDays;

    public BusinessTime(ZoneId zone, Map<DayOfWeek, Hours> hours, Set<LocalDate> closedDays) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs opening hours on at least one weekday");
        }
        this.zone = zone;
        this.hours = new EnumMap<>(hours);
        this.closedDays = Set.copyOf(closedDays);
    }

    public boolean isBusinessDay(LocalDate date) {
        return hours.containsKey(date.getDayOfWeek()) && !closedDays.contains(date) && !SwedishHolidays.isHoliday(date);
    }

    public boolean isOpen(Instant at) {
        var local = at.atZone(zone);
        var date = local.toLocalDate();
        return isBusinessDay(date) && !at.isBefore(opening(date)) && at.isBefore(closing(date));
    }

    /** {@code at} itself when open, else the next opening. */
    public Instant nextOpening(Instant at) {
        var date = at.atZone(zone).toLocalDate();
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

    /** The instant when {@code amount} of open time has passed, counting from {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time only moves forward");
        }
        var at = nextOpening(start);
        var left = amount;
        for (int i = 0; i < MAX_DAYS; i++) {
            var date = at.atZone(zone).toLocalDate();
            var openToday = Duration.between(at, closing(date));
            if (left.compareTo(openToday) <= 0) {
                return at.plus(left);
            }
            left = left.minus(openToday);
            at = nextOpening(closing(date));
        }
        throw new IllegalStateException("deadline more than " + MAX_DAYS + " days away");
    }

    /** Open time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        var total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        var date = from.atZone(zone).toLocalDate();
        var lastDate = to.atZone(zone).toLocalDate();
        for (; !date.isAfter(lastDate); date = date.plusDays(1)) {
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
     * days"), moved into that day's opening hours when it falls outside them.
     */
    public Instant plusBusinessDays(Instant start, int days) {
        var local = start.atZone(zone);
        var date = local.toLocalDate();
        int counted = 0;
        for (int i = 0; counted < days; i++) {
            if (i > MAX_DAYS) {
                throw new IllegalStateException("no " + days + " business days within " + MAX_DAYS + " days");
            }
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        if (days == 0 && !isBusinessDay(date)) {
            return nextOpening(start);
        }
        var at = ZonedDateTime.of(date, local.toLocalTime(), zone).toInstant();
        if (at.isBefore(opening(date))) {
            return opening(date);
        }
        return at.isAfter(closing(date)) ? closing(date) : at;
    }

    public ZoneId zone() {
        return zone;
    }

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
