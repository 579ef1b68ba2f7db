package se.ingang.workflows.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.cases.boundary.CaseRouting;

/** Task_CloseCase: closes the case (idempotent: staff may have closed it already). */
@ApplicationScoped
public class CloseCaseDelegate implements JavaDelegate {

    @Inject
    CaseRouting routing;

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseLifecycle.caseId(execution);
        routing.closeAfterReopenWindow(caseId);
    }
}
