package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.ingang.cases.entity.Priority;

/** What the routing table would do with a case: the back-office group and a suggested priority. */
@JsonbNillable
@JsonbPropertyOrder({"group", "priority"})
public record SuggestedRouting(String group, Priority priority) {
}
