package se.ingang.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A day an administrator closed on top of the public holidays (e.g. a bridge day). */
@Embeddable
public class ClosedDay {

    @Column(name = "closed_date", nullable = false)
    private LocalDate date;

    @Column(length = 200)
    private String reason;

    protected ClosedDay() {
    }

    public ClosedDay(LocalDate date, String reason) {
        this.date = date;
        this.reason = reason;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }
}
