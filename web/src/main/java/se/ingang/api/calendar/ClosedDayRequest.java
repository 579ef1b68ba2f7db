package se.ingang.api.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/calendars/{code}/closed-days: close a day (e.g. a bridge day). */
public record ClosedDayRequest(@NotNull LocalDate date, @Size(max = 200) String reason) {
}
