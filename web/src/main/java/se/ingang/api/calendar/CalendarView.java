package se.ingang.api.calendar;

import java.time.LocalDate;
import java.util.List;
import se.ingang.calendar.entity.BusinessCalendar;

/** A business calendar as the API shows it. */
public record CalendarView(String code, String name, String zone, List<Hours> openingHours, List<Closed> closedDays) {

    /** Opening hours of a weekday, local time. */
    public record Hours(String day, String opens, String closes) {
    }

    /** An extra closed day. */
    public record Closed(LocalDate date, String reason) {
    }

    static CalendarView of(BusinessCalendar c) {
        return new CalendarView(c.getCode(), c.getName(), c.getZoneId(),
                c.getOpeningHours().stream().map(h -> new Hours(h.getDayOfWeek().name(), h.getOpens().toString(), h.getCloses().toString())).toList(),
                c.getClosedDays().stream().map(d -> new Closed(d.getDate(), d.getReason())).toList());
    }
}
