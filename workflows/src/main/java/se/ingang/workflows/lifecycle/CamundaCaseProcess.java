package se.ingang.workflows.lifecycle;

import static se.ingang.workflows.lifecycle.CaseLifecycle.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import se.ingang.cases.control.CaseProcess;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.StaleVersionException;
import se.ingang.workflows.engine.ProcessEngineBootstrap;
import se.ingang.workflows.routing.RoutingTable;

/**
 * The domain's {@link CaseProcess} port on Camunda. The process instance's business key
 * is the case number. Engine exceptions become domain errors, so callers never see Camunda.
 */
@ApplicationScoped
public class CamundaCaseProcess implements CaseProcess {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public void start(Case c) {
        var variables = Variables.createVariables()
                .putValue(VAR_CASE_ID, c.getId())
                .putValue(VAR_CASE_NUMBER, c.getNumber().value())
                .putValue(VAR_FRONT_OFFICE_GROUP, c.getFrontOffice().getCode());
        engine().getRuntimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(c.getNumber().value())
                .setVariables(variables)
                .execute();
    }

    @Override
    public Optional<RoutingSuggestion> suggestRouting(CustomerGroup customerGroup, CaseType type, String topicCode) {
        var result = engine().getDecisionService()
                .evaluateDecisionByKey(RoutingTable.DECISION_KEY)
                .variables(RoutingTable.inputs(customerGroup, type, topicCode))
                .evaluate();
        return RoutingTable.toSuggestion(result.getFirstResult() == null ? null : result.getFirstResult().getEntryMap());
    }

    @Override
    public void route(Case c, Optional<String> chosenGroup) {
        var variables = new HashMap<String, Object>(RoutingTable.inputs(c.getCustomerGroup(), c.getType(),
                c.getTopic() == null ? null : c.getTopic().getCode()));
        variables.put(VAR_OUTCOME, OUTCOME_ROUTE);
        variables.put(VAR_CHOSEN_GROUP, chosenGroup.orElse(null));
        completeTask(c, TASK_TRIAGE_CASE, variables);
    }

    @Override
    public void resolve(Case c, Duration reopenWindow) {
        String task = activeTask(c).orElseThrow(() -> notAt(c, "triage or handling"));
        completeTask(c, task, Map.of(VAR_OUTCOME, OUTCOME_RESOLVED, VAR_REOPEN_WINDOW, reopenWindow.toString()));
    }

    @Override
    public void transfer(Case c, String toGroup) {
        completeTask(c, TASK_HANDLE_CASE, Map.of(VAR_OUTCOME, OUTCOME_TRANSFERRED, VAR_BACK_OFFICE_GROUP, toGroup));
    }

    @Override
    public void returnToFrontOffice(Case c) {
        completeTask(c, TASK_HANDLE_CASE, Map.of(VAR_OUTCOME, OUTCOME_RETURNED));
    }

    @Override
    public void awaitCustomer(Case c, Instant reminderAt, Instant autoCloseAt) {
        completeTask(c, TASK_HANDLE_CASE, Map.of(VAR_OUTCOME, OUTCOME_WAITING,
                VAR_REMINDER_AT, Date.from(reminderAt), VAR_AUTO_CLOSE_AT, Date.from(autoCloseAt)));
    }

    @Override
    public void customerReplied(Case c) {
        String reopenTo = c.getQueue().isBackOffice() ? REOPEN_TO_BACK_OFFICE : REOPEN_TO_FRONT_OFFICE;
        translated(c, () -> engine().getRuntimeService()
                .createMessageCorrelation(MSG_CUSTOMER_REPLIED)
                .processInstanceBusinessKey(c.getNumber().value())
                .setVariable(VAR_REOPEN_TO, reopenTo)
                .correlateWithResult());
    }

    @Override
    public void closeNow(Case c) {
        if (!isRunning(c)) {
            return;
        }
        translated(c, () -> engine().getRuntimeService()
                .createMessageCorrelation(MSG_CLOSE_REQUESTED)
                .processInstanceBusinessKey(c.getNumber().value())
                .correlateWithResult());
    }

    @Override
    public boolean isRunning(Case c) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(c.getNumber().value())
                .count() > 0;
    }

    private Optional<String> activeTask(Case c) {
        return engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(c.getNumber().value())
                .processDefinitionKey(PROCESS_KEY)
                .list().stream()
                .map(task -> task.getTaskDefinitionKey())
                .filter(key -> key.equals(TASK_TRIAGE_CASE) || key.equals(TASK_HANDLE_CASE))
                .findFirst();
    }

    private void completeTask(Case c, String taskKey, Map<String, Object> variables) {
        var task = engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(c.getNumber().value())
                .processDefinitionKey(PROCESS_KEY)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw notAt(c, taskKey);
        }
        translated(c, () -> {
            engine().getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    private <T> T translated(Case c, Supplier<T> action) {
        try {
            return action.get();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ActionNotAllowedException("The process of case " + c.getNumber() + " is not waiting for that message");
        } catch (OptimisticLockingException e) {
            throw new StaleVersionException("Case " + c.getNumber() + " was changed by someone else at the same time");
        }
    }

    private static ActionNotAllowedException notAt(Case c, String step) {
        return new ActionNotAllowedException("The process of case " + c.getNumber() + " is not at " + step);
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
