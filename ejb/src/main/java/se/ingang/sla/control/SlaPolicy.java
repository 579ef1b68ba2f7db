package se.ingang.sla.control;

import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * Where targets come from: a decision table administrators maintain (workflows module).
 * It is asked when a case arrives; the answer is stored with the deadlines.
 */
public interface SlaPolicy {

    SlaTargets targetsFor(CaseType type, Priority priority, CustomerGroup customerGroup, Channel channel);
}
