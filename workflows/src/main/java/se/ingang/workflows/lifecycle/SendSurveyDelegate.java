package se.ingang.workflows.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.ingang.feedback.boundary.Surveys;

/**
 * Task_SendSurvey (asynchronous: the mail goes out after the close has committed, and a
 * failed send is retried by the job executor without touching the closed case).
 */
@ApplicationScoped
public class SendSurveyDelegate implements JavaDelegate {

    @Inject
    Surveys surveys;

    @Override
    public void execute(DelegateExecution execution) {
        surveys.sendFor(CaseLifecycle.caseId(execution));
    }
}
