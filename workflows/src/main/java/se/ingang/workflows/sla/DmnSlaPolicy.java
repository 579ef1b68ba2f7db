package se.ingang.workflows.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import org.camunda.bpm.engine.ProcessEngine;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.sla.control.SlaPolicy;
import se.ingang.sla.control.SlaTargets;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/** The SLA policy is the decision table dmn/sla-policy.dmn, latest version. */
@ApplicationScoped
public class DmnSlaPolicy implements SlaPolicy {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public SlaTargets targetsFor(CaseType type, Priority priority, CustomerGroup customerGroup, Channel channel) {
        ProcessEngine engine = bootstrap.engine();
        var inputs = new HashMap<String, Object>();
        inputs.put("caseType", type == null ? null : type.name());
        inputs.put("priority", priority == null ? null : priority.name());
        inputs.put("customerGroup", customerGroup == null ? null : customerGroup.name());
        inputs.put("channel", channel == null ? null : channel.name());
        // Evaluate the very version we name: a table deployed meanwhile must not mix in.
        var definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(SlaClockProcess.POLICY_DECISION_KEY).latestVersion().singleResult();
        var result = engine.getDecisionService().evaluateDecisionById(definition.getId())
                .variables(inputs).evaluate().getSingleResult();
        if (result == null) {
            throw new IllegalStateException("sla-policy.dmn gave no targets for " + inputs + "; its last row must match everything");
        }
        return new SlaTargets(
                Duration.parse((String) result.getEntry("firstResponse")),
                Duration.parse((String) result.getEntry("resolution")),
                Duration.parse((String) result.getEntry("triage")),
                Duration.parse((String) result.getEntry("handling")),
                ((Number) result.getEntry("warningShare")).doubleValue(),
                "slaPolicy:" + definition.getVersion());
    }
}
