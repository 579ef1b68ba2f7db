package se.ingang.api.sla;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import se.ingang.sla.entity.Deadline;
import se.ingang.sla.entity.DeadlineKind;

/** A deadline as the API shows it; target in ISO-8601 business time (e.g. PT8H). Nulls are written out. */
@JsonbNillable
public record DeadlineView(long id, DeadlineKind kind, String queue, String target, Instant startedAt,
                           Instant warningAt, Instant dueAt, Instant pausedAt, Instant metAt, Instant cancelledAt,
                           Instant warnedAt, Instant breachedAt, boolean kept, String note,
                           String policyVersion) {

    static DeadlineView of(Deadline d) {
        return new DeadlineView(d.getId(), d.getKind(), d.getQueueCode(), d.getTarget().toString(),
                d.getStartedAt(), d.getWarningAt(), d.getDueAt(), d.getPausedAt(), d.getMetAt(), d.getCancelledAt(),
                d.getWarnedAt(), d.getBreachedAt(), d.wasKept(), d.getNote(), d.getPolicyVersion());
    }
}
