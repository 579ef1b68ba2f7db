package se.ingang.workflows.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Ids in bpmn/case-lifecycle.bpmn that code refers to. Keep them in step with the model. */
public final class CaseLifecycle {

    public static final String PROCESS_KEY = "caseLifecycle";

    public static final String TASK_TRIAGE_CASE = "Task_TriageCase";
    public static final String TASK_DECIDE_ROUTING = "Task_DecideRouting";
    public static final String TASK_ROUTE_CASE = "Task_RouteCase";
    public static final String TASK_HANDLE_CASE = "Task_HandleCase";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String TASK_SEND_SURVEY = "Task_SendSurvey";
    public static final String EVENT_CUSTOMER_REPLIED = "Event_CustomerReplied";
    public static final String GATEWAY_WAITING_FOR_CUSTOMER = "Gateway_WaitingForCustomer";
    public static final String GATEWAY_WAITING_AFTER_REMINDER = "Gateway_WaitingAfterReminder";
    public static final String TIMER_REMINDER_DUE = "Timer_ReminderDue";
    public static final String TIMER_AUTO_CLOSE_DUE = "Timer_AutoCloseDue";
    public static final String TASK_REMIND_CUSTOMER = "Task_RemindCustomer";
    public static final String TASK_AUTO_CLOSE_CASE = "Task_AutoCloseCase";
    public static final String END_CASE_AUTO_CLOSED = "End_CaseAutoClosed";
    public static final String EVENT_CUSTOMER_REOPENED = "Event_CustomerReopened";
    public static final String EVENT_CLOSE_REQUESTED = "Event_CloseRequested";
    public static final String TIMER_REOPEN_WINDOW_EXPIRED = "Timer_ReopenWindowExpired";
    public static final String GATEWAY_REOPEN_WINDOW = "Gateway_ReopenWindow";
    public static final String END_CASE_CLOSED = "End_CaseClosed";

    public static final String MSG_CUSTOMER_REPLIED = "Msg_CustomerReplied";
    public static final String MSG_CLOSE_REQUESTED = "Msg_CloseRequested";

    /** Consultations: one event subprocess instance (the consulted group's sub-task) per consultation. */
    public static final String MSG_CONSULTATION_REQUESTED = "Msg_ConsultationRequested";
    public static final String SUBPROCESS_CONSULTATION = "SubProcess_Consultation";
    public static final String TASK_ANSWER_CONSULTATION = "Task_AnswerConsultation";
    public static final String END_CONSULTATION_ENDED = "End_ConsultationEnded";
    /** Transient variables of the request message; the task maps them to its own local variables. */
    public static final String VAR_REQUESTED_CONSULTATION_ID = "requestedConsultationId";
    public static final String VAR_REQUESTED_GROUP = "requestedGroup";
    /** Local to each consultation's task. */
    public static final String VAR_CONSULTATION_ID = "consultationId";
    public static final String VAR_CONSULTED_GROUP = "consultedGroup";
    /** Task-local variable: ANSWERED or WITHDRAWN, for the history. */
    public static final String VAR_CONSULTATION_OUTCOME = "consultationOutcome";

    public static final String DELEGATE_ROUTE_CASE = "routeCase";
    public static final String DELEGATE_CLOSE_CASE = "closeCase";
    public static final String DELEGATE_SEND_SURVEY = "sendSurvey";
    public static final String DELEGATE_REMIND_CUSTOMER = "remindCustomer";
    public static final String DELEGATE_AUTO_CLOSE_CASE = "autoCloseCase";

    /** Process variables. */
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_FRONT_OFFICE_GROUP = "frontOfficeGroup";
    public static final String VAR_BACK_OFFICE_GROUP = "backOfficeGroup";
    public static final String VAR_CHOSEN_GROUP = "chosenGroup";
    public static final String VAR_ROUTING = "routing";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_REOPEN_WINDOW = "reopenWindow";
    public static final String VAR_REOPEN_TO = "reopenTo";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_AUTO_CLOSE_AT = "autoCloseAt";

    /** Values of {@link #VAR_OUTCOME}. */
    public static final String OUTCOME_ROUTE = "ROUTE";
    public static final String OUTCOME_RESOLVED = "RESOLVED";
    public static final String OUTCOME_TRANSFERRED = "TRANSFERRED";
    public static final String OUTCOME_RETURNED = "RETURNED";
    public static final String OUTCOME_WAITING = "WAITING";

    /** Values of {@link #VAR_REOPEN_TO}. */
    public static final String REOPEN_TO_FRONT_OFFICE = "FRONT_OFFICE";
    public static final String REOPEN_TO_BACK_OFFICE = "BACK_OFFICE";

    private CaseLifecycle() {
    }

    /** The id of the case a delegate works on. */
    public static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CASE_ID)).longValue();
    }
}
