package se.ingang.bench;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Opening hours of the standard calendar (Mon–Fri 08–17, Europe/Stockholm local time) for the
 * generator's delays and deadlines. Public holidays are left out: the figures only need to look
 * like business time, the application's own calendar decides for cases it handles itself.
 */
final class BusinessTime {

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    private BusinessTime() {
    }

    static boolean isOpen(LocalDateTime t) {
        return isWorkday(t) && !t.toLocalTime().isBefore(OPENS) && t.toLocalTime().isBefore(CLOSES);
    }

    static boolean isWorkday(LocalDateTime t) {
        DayOfWeek d = t.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The moment {@code seconds} of opening hours after {@code start}. */
    static LocalDateTime add(LocalDateTime start, long seconds) {
        LocalDateTime t = nextOpen(start);
        long left = seconds;
        while (true) {
            long today = java.time.Duration.between(t, t.toLocalDate().atTime(CLOSES)).getSeconds();
            if (left <= today) {
                return t.plusSeconds(left);
            }
            left -= today;
            t = nextOpen(t.toLocalDate().plusDays(1).atTime(OPENS));
        }
    }

    /** Seconds of opening hours between two local times (0 when end is not after start). */
    static long between(LocalDateTime start, LocalDateTime end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        long total = 0;
        LocalDateTime t = nextOpen(start);
        while (t.isBefore(end)) {
            LocalDateTime close = t.toLocalDate().atTime(CLOSES);
            LocalDateTime until = end.isBefore(close) ? end : close;
            total += java.time.Duration.between(t, until).getSeconds();
            t = nextOpen(t.toLocalDate().plusDays(1).atTime(OPENS));
        }
        return total;
    }

    static LocalDateTime nextOpen(LocalDateTime t) {
        LocalDateTime x = t;
        while (true) {
            if (isWorkday(x)) {
                if (x.toLocalTime().isBefore(OPENS)) {
                    return x.toLocalDate().atTime(OPENS);
                }
                if (x.toLocalTime().isBefore(CLOSES)) {
                    return x;
                }
            }
            x = x.toLocalDate().plusDays(1).atTime(OPENS);
        }
    }
}
