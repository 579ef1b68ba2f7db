package se.ingang.workflows.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.cases.boundary.CaseRouting;

/** Task_AutoCloseCase: no answer in time after the reminder; the case is closed, saying why. */
@ApplicationScoped
public class AutoCloseCaseDelegate implements JavaDelegate {

    @Inject
    CaseRouting routing;

    @Override
    public void execute(DelegateExecution execution) {
        routing.autoClose(CaseLifecycle.caseId(execution));
    }
}
