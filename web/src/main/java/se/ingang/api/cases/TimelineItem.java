package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.TimelineEntryKind;

/** One entry of a case's timeline; event is set only for kind EVENT. */
@JsonbNillable
@JsonbPropertyOrder({"kind", "event", "author", "occurredAt", "body", "detail"})
public record TimelineItem(TimelineEntryKind kind, CaseEvent event, String author, Instant occurredAt,
                           String body, String detail) implements Serializable {
}
