package se.ingang.workflows.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static se.ingang.workflows.sla.SlaClockProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ingang.workflows.TestProcessEngine;

/** bpmn/sla-clock.bpmn: warning once, breach once, paused without timers, moved with new dates, stopped. */
@Deployment(resources = "bpmn/sla-clock.bpmn")
class SlaClockProcessTest {

    private static final Instant WARNING = Instant.parse("2026-11-24T07:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-24T09:00:00Z");
    private static final List<Long> WARNED = new ArrayList<>();
    private static final List<Long> BREACHED = new ArrayList<>();

    /** Like the production delegate: record, then remember that the warning went out. */
    private static final JavaDelegate SEND_WARNING = execution -> {
        WARNED.add(deadlineId(execution));
        execution.setVariable(VAR_WARNED, true);
    };
    private static final JavaDelegate RECORD_BREACH = execution -> BREACHED.add(deadlineId(execution));

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(SlaClockProcessTest.class,
            Map.of(DELEGATE_SEND_WARNING, SEND_WARNING, DELEGATE_RECORD_BREACH, RECORD_BREACH));

    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        WARNED.clear();
        BREACHED.clear();
    }

    private ProcessInstance watch(long id) {
        return runtimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey(businessKey(id))
                .setVariable(VAR_DEADLINE_ID, id).setVariable(VAR_WARNED, false)
                .setVariable(VAR_WARNING_AT, Date.from(WARNING)).setVariable(VAR_DUE_AT, Date.from(DUE))
                .execute();
    }

    private List<Date> timers(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).timers().list().stream().map(j -> j.getDuedate()).sorted().toList();
    }

    private void send(String message, long id, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(businessKey(id))
                .setVariables(variables).correlateAllWithResult();
    }

    @Test
    void warnsOnceThenRecordsTheBreachOnce() {
        var pi = watch(1);
        assertThat(timers(pi)).containsExactly(Date.from(WARNING), Date.from(DUE));

        execute(jobQuery().processInstanceId(pi.getId()).activityId("Timer_WarningDue").singleResult());
        assertThat(WARNED).containsExactly(1L);
        assertThat(timers(pi)).containsExactly(Date.from(DUE));

        // Moved after the warning: new breach date, and no second warning.
        var later = DUE.plus(Duration.ofHours(5));
        send(MSG_DEADLINE_RESCHEDULED, 1, Map.of(VAR_WARNING_AT, Date.from(WARNING.plus(Duration.ofHours(5))), VAR_DUE_AT, Date.from(later)));
        assertThat(timers(pi)).containsExactly(Date.from(later));

        execute(jobQuery().processInstanceId(pi.getId()).singleResult());
        assertThat(BREACHED).containsExactly(1L);
        assertThat(WARNED).containsExactly(1L);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(TASK_RECORD_BREACH, END_DEADLINE_BREACHED);
    }

    @Test
    void aPausedClockHasNoTimersUntilItIsMoved() {
        var pi = watch(2);
        send(MSG_DEADLINE_PAUSED, 2, Map.of());
        assertThat(timers(pi)).isEmpty();
        BpmnAwareTests.assertThat(pi).isWaitingAt(GATEWAY_PAUSED);

        var warning = WARNING.plus(Duration.ofDays(1));
        var due = DUE.plus(Duration.ofDays(1));
        send(MSG_DEADLINE_RESCHEDULED, 2, Map.of(VAR_WARNING_AT, Date.from(warning), VAR_DUE_AT, Date.from(due)));
        assertThat(timers(pi)).containsExactly(Date.from(warning), Date.from(due));
    }

    @Test
    void aMetOrCancelledDeadlineStopsWatchingFromEveryState() {
        var before = watch(3);
        send(MSG_DEADLINE_STOPPED, 3, Map.of());
        BpmnAwareTests.assertThat(before).isEnded().hasPassed(END_DEADLINE_STOPPED);

        var afterWarning = watch(4);
        execute(jobQuery().processInstanceId(afterWarning.getId()).activityId("Timer_WarningDue").singleResult());
        send(MSG_DEADLINE_STOPPED, 4, Map.of());
        BpmnAwareTests.assertThat(afterWarning).isEnded().hasPassed(END_DEADLINE_STOPPED);

        var paused = watch(5);
        send(MSG_DEADLINE_PAUSED, 5, Map.of());
        send(MSG_DEADLINE_STOPPED, 5, Map.of());
        BpmnAwareTests.assertThat(paused).isEnded().hasPassed(END_DEADLINE_STOPPED);

        assertThat(BREACHED).isEmpty();
        assertThat(WARNED).containsExactly(4L);
    }

    @Test
    void messagesReachOnlyTheirOwnDeadline() {
        var mine = watch(6);
        var other = watch(7);
        send(MSG_DEADLINE_STOPPED, 7, Map.of());
        BpmnAwareTests.assertThat(mine).isNotEnded();
        BpmnAwareTests.assertThat(other).isEnded();
    }
}
