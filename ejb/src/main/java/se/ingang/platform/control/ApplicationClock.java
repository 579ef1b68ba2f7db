package se.ingang.platform.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now" for the whole application (domain and process engine), so that
 * tests can move time forward instead of sleeping. In production the offset stays zero.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApplicationClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private volatile Duration offset = Duration.ZERO;

    @Inject
    Event<ClockAdvanced> clockAdvanced;

    /** Microseconds, like the database's DATETIME(6): what we compute is exactly what we store. */
    public Instant now() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    public ZonedDateTime localNow() {
        return now().atZone(ZONE);
    }

    public Duration offset() {
        return offset;
    }

    /** Moves time forward; observers (the process engine's clock) follow. */
    public synchronized void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        offset = offset.plus(amount);
        clockAdvanced.fire(new ClockAdvanced(offset));
    }
}
