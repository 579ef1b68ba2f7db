package se.ingang.workflows.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.cases.boundary.CaseRouting;

/** Task_RemindCustomer: the customer has not answered our question; remind them (once). */
@ApplicationScoped
public class RemindCustomerDelegate implements JavaDelegate {

    @Inject
    CaseRouting routing;

    @Override
    public void execute(DelegateExecution execution) {
        routing.remindCustomer(CaseLifecycle.caseId(execution));
    }
}
