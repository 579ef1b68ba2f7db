package se.ingang.web.staff;

import java.time.Duration;
import java.time.Instant;

/**
 * How close a case is to its customer deadline, as a queue shows it. Pages show it as text
 * and an icon as well as a colour, so it never depends on colour alone (WCAG 1.4.1).
 */
public enum DeadlineState {
    /** No customer deadline runs (waiting for the customer, resolved, closed). */
    NONE,
    OK,
    /** Less than {@link #SOON_THRESHOLD} left. */
    SOON,
    OVERDUE;

    /** Close enough to act on today: the rest of a working morning or afternoon. */
    static final Duration SOON_THRESHOLD = Duration.ofHours(4);

    public static DeadlineState of(Instant dueAt, Instant now) {
        if (dueAt == null) {
            return NONE;
        }
        if (!now.isBefore(dueAt)) {
            return OVERDUE;
        }
        return Duration.between(now, dueAt).compareTo(SOON_THRESHOLD) < 0 ? SOON : OK;
    }
}
