package se.ingang.workflows.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.sla.control.SlaPolicy;
import se.ingang.sla.control.SlaTargets;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/** The SLA policy is the decision table dmn/sla-policy.dmn: the latest version, or the one a case was registered under. */
@ApplicationScoped
public class DmnSlaPolicy implements SlaPolicy {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public SlaTargets targetsFor(CaseType type, Priority priority, CustomerGroup customerGroup, Channel channel,
                                 String policyVersion) {
        ProcessEngine engine = bootstrap.engine();
        var inputs = new HashMap<String, Object>();
        inputs.put("caseType", type == null ? null : type.name());
        inputs.put("priority", priority == null ? null : priority.name());
        inputs.put("customerGroup", customerGroup == null ? null : customerGroup.name());
        inputs.put("channel", channel == null ? null : channel.name());
        // Evaluate the very version we name: a table deployed meanwhile must not mix in.
        var definition = definition(engine, policyVersion);
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
                VERSION_PREFIX + definition.getVersion());
    }

    private static final String VERSION_PREFIX = SlaClockProcess.POLICY_DECISION_KEY + ":";

    /** The named version when it is still deployed, else the latest (a case older than versioning, a removed deployment). */
    private static DecisionDefinition definition(ProcessEngine engine, String policyVersion) {
        var query = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(SlaClockProcess.POLICY_DECISION_KEY);
        Integer version = versionNumber(policyVersion);
        if (version != null) {
            var named = query.decisionDefinitionVersion(version).singleResult();
            if (named != null) {
                return named;
            }
            java.util.logging.Logger.getLogger(DmnSlaPolicy.class.getName()).warning(() -> "SLA policy " + policyVersion
                    + " is no longer deployed; the latest version applies");
            query = engine.getRepositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey(SlaClockProcess.POLICY_DECISION_KEY);
        }
        return query.latestVersion().singleResult();
    }

    static Integer versionNumber(String policyVersion) {
        if (policyVersion == null || !policyVersion.startsWith(VERSION_PREFIX)) {
            return null;
        }
        try {
            return Integer.valueOf(policyVersion.substring(VERSION_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
