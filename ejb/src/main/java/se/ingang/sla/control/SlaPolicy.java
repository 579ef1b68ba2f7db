package se.ingang.sla.control;

import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * Where targets come from: a decision table administrators maintain (workflows module).
 * A case keeps the version it was registered under (SlaTargets#policyVersion, stored on each
 * deadline) for all its legs; only new cases get a newer table.
 */
public interface SlaPolicy {

    /** The latest version's targets: for a new case. */
    default SlaTargets targetsFor(CaseType type, Priority priority, CustomerGroup customerGroup, Channel channel) {
        return targetsFor(type, priority, customerGroup, channel, null);
    }

    /**
     * The targets of the named version (as SlaTargets#policyVersion names it); the latest when
     * the version is null or no longer deployed.
     */
    SlaTargets targetsFor(CaseType type, Priority priority, CustomerGroup customerGroup, Channel channel, String policyVersion);
}
