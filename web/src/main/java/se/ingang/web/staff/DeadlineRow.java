package se.ingang.web.staff;

import java.io.Serializable;
import java.time.Instant;
import se.ingang.sla.entity.DeadlineKind;

/** One deadline of a case: which, for which queue, when due, and how it ended. */
public record DeadlineRow(DeadlineKind kind, String queue, Instant dueAt, Instant metAt, boolean breached,
                          boolean running) implements Serializable {
}
