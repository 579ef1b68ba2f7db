package se.ingang.web.staff;

import java.time.Duration;

/** Short, language-neutral durations for queue columns: "2 d 3 h", "3 h 5 min", "12 min". */
public final class Durations {

    private Durations() {
    }

    public static String compact(Duration duration) {
        Duration d = duration.isNegative() ? duration.negated() : duration;
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        return minutes + " min";
    }
}
