package se.ingang.workflows.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.sla.boundary.Deadlines;

/** Task_RecordBreach: the breach is recorded on the case for good and escalated. */
@ApplicationScoped
public class RecordSlaBreachDelegate implements JavaDelegate {

    @Inject
    Deadlines deadlines;

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.breach(SlaClockProcess.deadlineId(execution));
    }
}
