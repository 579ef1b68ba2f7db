package se.ingang.workflows.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.sla.boundary.Deadlines;

/** Task_SendWarning: records and notifies the warning (once), then watches for the breach only. */
@ApplicationScoped
public class SendSlaWarningDelegate implements JavaDelegate {

    @Inject
    Deadlines deadlines;

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.warn(SlaClockProcess.deadlineId(execution));
        execution.setVariable(SlaClockProcess.VAR_WARNED, true);
    }
}
