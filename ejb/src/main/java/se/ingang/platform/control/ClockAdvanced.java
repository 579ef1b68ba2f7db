package se.ingang.platform.control;

import java.time.Duration;

/** Fired when the application clock moves; the total offset from real time. */
public record ClockAdvanced(Duration offset) {
}
