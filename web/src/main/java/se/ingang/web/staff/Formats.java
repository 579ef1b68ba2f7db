package se.ingang.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as staff read them: Stockholm time, ISO-like, the same in both languages. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** For the datetime attribute of a time element. */
    public String machine(Instant instant) {
        return instant == null ? "" : MACHINE.format(instant);
    }
}
