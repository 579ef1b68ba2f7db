package se.ingang.workflows.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Ids in bpmn/sla-clock.bpmn and dmn/sla-policy.dmn that code refers to. */
public final class SlaClockProcess {

    public static final String PROCESS_KEY = "slaClock";
    public static final String MSG_DEADLINE_STOPPED = "Msg_DeadlineStopped";
    public static final String MSG_DEADLINE_RESCHEDULED = "Msg_DeadlineRescheduled";
    public static final String MSG_DEADLINE_PAUSED = "Msg_DeadlinePaused";
    public static final String TASK_SEND_WARNING = "Task_SendWarning";
    public static final String TASK_RECORD_BREACH = "Task_RecordBreach";
    public static final String END_DEADLINE_BREACHED = "End_DeadlineBreached";
    public static final String END_DEADLINE_STOPPED = "End_DeadlineStopped";
    public static final String GATEWAY_PAUSED = "Gateway_Paused";

    public static final String DELEGATE_SEND_WARNING = "sendSlaWarning";
    public static final String DELEGATE_RECORD_BREACH = "recordSlaBreach";

    public static final String VAR_DEADLINE_ID = "deadlineId";
    public static final String VAR_WARNING_AT = "warningAt";
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_WARNED = "warned";

    public static final String POLICY_DECISION_KEY = "slaPolicy";

    private SlaClockProcess() {
    }

    /** The id of the deadline a delegate works on. */
    public static long deadlineId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_DEADLINE_ID)).longValue();
    }

    public static String businessKey(long deadlineId) {
        return "deadline-" + deadlineId;
    }
}
