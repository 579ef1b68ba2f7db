package se.ingang.cases.control;

import se.ingang.cases.entity.Priority;

/** What the routing table says for a case: the back-office group and a suggested priority. */
public record RoutingSuggestion(String group, Priority priority) {
}
