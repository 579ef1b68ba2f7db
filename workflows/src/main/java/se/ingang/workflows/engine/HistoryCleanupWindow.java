package se.ingang.workflows.engine;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The local time of day when the engine removes process history past its time to live, written
 * {@code HH:mm-HH:mm} (it may run over midnight, e.g. 23:00-04:00). Read once at start, so a typo
 * stops the start with the property's name instead of a window the engine silently never opens.
 */
record HistoryCleanupWindow(LocalTime start, LocalTime end) {

    static final String PROPERTY = "ingang.process-history.cleanup-window";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    HistoryCleanupWindow {
        if (start.equals(end)) {
            throw new IllegalArgumentException(PROPERTY + ": the window is empty (" + start + " to " + end + ")");
        }
    }

    static HistoryCleanupWindow parse(String text) {
        String[] ends = text == null ? new String[0] : text.trim().split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException(PROPERTY + " must be HH:mm-HH:mm, e.g. 01:00-05:00, not '" + text + "'");
        }
        try {
            return new HistoryCleanupWindow(LocalTime.parse(ends[0].trim(), HH_MM), LocalTime.parse(ends[1].trim(), HH_MM));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be HH:mm-HH:mm, e.g. 01:00-05:00, not '" + text + "'", e);
        }
    }

    /** The engine's own form of the start. */
    String startTime() {
        return start.format(HH_MM);
    }

    String endTime() {
        return end.format(HH_MM);
    }
}
