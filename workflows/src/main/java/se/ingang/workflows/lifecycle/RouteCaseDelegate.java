package se.ingang.workflows.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.cases.boundary.CaseRouting;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.workflows.routing.RoutingTable;

/**
 * Task_RouteCase: moves the case to the group the agent chose, or else to the group the
 * routing table decided, and remembers it as the candidate group of Task_HandleCase.
 */
@ApplicationScoped
public class RouteCaseDelegate implements JavaDelegate {

    @Inject
    CaseRouting routing;

    @Override
    public void execute(DelegateExecution execution) {
        var chosen = (String) execution.getVariable(CaseLifecycle.VAR_CHOSEN_GROUP);
        @SuppressWarnings("unchecked")
        var decided = (Map<String, Object>) execution.getVariable(CaseLifecycle.VAR_ROUTING);
        var suggestion = RoutingTable.toSuggestion(decided);
        String group = chosen != null ? chosen : suggestion.map(s -> s.group()).orElseThrow(() ->
                new ActionNotAllowedException("The routing table has no rule for case "
                        + execution.getVariable(CaseLifecycle.VAR_CASE_NUMBER) + "; choose a group"));
        long caseId = CaseLifecycle.caseId(execution);
        routing.applyRouting(caseId, group, chosen != null ? null : suggestion.get().priority());
        execution.setVariable(CaseLifecycle.VAR_BACK_OFFICE_GROUP, group);
    }
}
