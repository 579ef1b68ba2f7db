package se.ingang.workflows.lifecycle;

import static se.ingang.workflows.lifecycle.CaseLifecycle.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import se.ingang.cases.entity.Case;
import se.ingang.consultations.control.ConsultationProcess;
import se.ingang.consultations.entity.Consultation;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.StaleVersionException;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/**
 * The {@link ConsultationProcess} port on Camunda: a consultation starts one instance of the
 * non-interrupting event subprocess {@code SubProcess_Consultation} in the case's process; its
 * user task keeps the consultation's id and group as local variables and ends the instance when
 * it is completed.
 */
@ApplicationScoped
public class CamundaConsultationProcess implements ConsultationProcess {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public void consult(Case c, Consultation consultation) {
        consult(c.getNumber().value(), consultation.getId(), consultation.getGroup().getCode());
    }

    @Override
    public void end(Case c, Consultation consultation) {
        end(c.getNumber().value(), consultation.getId(), consultation.getStatus().name());
    }

    void consult(String caseNumber, long consultationId, String group) {
        try {
            engine().getRuntimeService()
                    .createMessageCorrelation(MSG_CONSULTATION_REQUESTED)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariable(VAR_REQUESTED_CONSULTATION_ID, Variables.longValue(consultationId, true))
                    .setVariable(VAR_REQUESTED_GROUP, Variables.stringValue(group, true))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ActionNotAllowedException("The process of case " + caseNumber + " is not running");
        } catch (OptimisticLockingException e) {
            throw new StaleVersionException("Case " + caseNumber + " was changed by someone else at the same time");
        }
    }

    void end(String caseNumber, long consultationId, String outcome) {
        Task task = subTask(caseNumber, consultationId);
        if (task == null) {
            // The process already ended it (e.g. the case was closed); the record is what counts.
            return;
        }
        try {
            engine().getTaskService().setVariableLocal(task.getId(), VAR_CONSULTATION_OUTCOME, outcome);
            engine().getTaskService().complete(task.getId());
        } catch (OptimisticLockingException e) {
            throw new StaleVersionException("Consultation " + consultationId + " was changed by someone else at the same time");
        }
    }

    /** The open sub-task of one consultation, found by the local variable of its subprocess instance. */
    Task subTask(String caseNumber, long consultationId) {
        var runtime = engine().getRuntimeService();
        return engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PROCESS_KEY)
                .taskDefinitionKey(TASK_ANSWER_CONSULTATION)
                .list().stream()
                .filter(task -> runtime.getVariable(task.getExecutionId(), VAR_CONSULTATION_ID) instanceof Number id
                        && id.longValue() == consultationId)
                .findFirst().orElse(null);
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
