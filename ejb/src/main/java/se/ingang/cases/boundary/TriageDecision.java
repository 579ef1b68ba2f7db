package se.ingang.cases.boundary;

import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * The front office's decision on a new case: categorise it, then either resolve it at first
 * contact (with the reply) or route it to the back office (the routing table's group unless
 * the agent names one), optionally with a note for the handler.
 */
public record TriageDecision(long version, CaseType type, String topic, CustomerGroup customerGroup, Priority priority,
                             Outcome outcome, String group, String reply, String note) {

    public enum Outcome {
        RESOLVE,
        ROUTE
    }
}
