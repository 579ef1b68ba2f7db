package se.ingang.web.staff;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;

/** One case as a queue row: what an agent needs to pick it, with age and time left worked out. */
public record CaseRow(String number, String subject, Channel channel, CaseStatus status, Priority priority,
                      String queue, String assignee, String customerName, Instant receivedAt, Instant dueAt,
                      Instant now) implements Serializable {

    public String getAge() {
        return Durations.compact(Duration.between(receivedAt, now));
    }

    public DeadlineState getDeadlineState() {
        return DeadlineState.of(dueAt, now);
    }

    /** "2 h 5 min": how much is left, or how much it is overdue by; empty without a deadline. */
    public String getTimeLeft() {
        return dueAt == null ? "" : Durations.compact(Duration.between(now, dueAt));
    }
}
