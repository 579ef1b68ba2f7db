package se.ingang.workflows.sla;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static se.ingang.workflows.sla.SlaClockProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ingang.sla.boundary.Deadlines;
import se.ingang.sla.entity.Deadline;
import se.ingang.workflows.TestProcessEngine;

/**
 * bpmn/sla-clock.bpmn on an in-memory engine. The service tasks call recording stubs
 * registered as {@code sendSlaWarning} and {@code recordSlaBreach}; like the production
 * SendSlaWarningDelegate, the warning stub sets {@code warned}=true. The process is steered
 * as CamundaSlaClock steers it (business key "deadline-&lt;id&gt;", messages carrying
 * warningAt/dueAt as java.util.Date); the last tests plug in CamundaSlaClock and the
 * production delegates themselves.
 */
@Deployment(resources = "bpmn/sla-clock.bpmn")
class SlaClockProcessTest {

    // Activity ids the model has but SlaClockProcess does not name.
    private static final String GATEWAY_BEFORE_WARNING = "Gateway_BeforeWarning";
    private static final String GATEWAY_AFTER_WARNING = "Gateway_AfterWarning";
    private static final String TIMER_WARNING_DUE = "Timer_WarningDue";
    private static final String TIMER_DEADLINE_DUE = "Timer_DeadlineDue";
    private static final String TIMER_DEADLINE_DUE_AFTER_WARNING = "Timer_DeadlineDueAfterWarning";
    private static final String EVENT_DEADLINE_STOPPED = "Event_DeadlineStopped";
    private static final String EVENT_STOPPED_AFTER_WARNING = "Event_StoppedAfterWarning";
    private static final String EVENT_STOPPED_WHILE_PAUSED = "Event_StoppedWhilePaused";
    private static final String EVENT_DEADLINE_RESCHEDULED = "Event_DeadlineRescheduled";
    private static final String EVENT_RESCHEDULED_AFTER_WARNING = "Event_RescheduledAfterWarning";
    private static final String EVENT_DEADLINE_RESUMED = "Event_DeadlineResumed";
    private static final String EVENT_DEADLINE_PAUSED = "Event_DeadlinePaused";
    private static final String EVENT_PAUSED_AFTER_WARNING = "Event_PausedAfterWarning";

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final Instant WARNING_AT = NOW.plus(Duration.ofHours(6));
    private static final Instant DUE_AT = NOW.plus(Duration.ofHours(8));
    private static final AtomicLong DEADLINE_IDS = new AtomicLong(1000);

    private static final Recorder SEND_WARNING = new Recorder();
    private static final Recorder RECORD_BREACH = new Recorder();

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(SlaClockProcessTest.class,
            Map.of(DELEGATE_SEND_WARNING, SEND_WARNING, DELEGATE_RECORD_BREACH, RECORD_BREACH));

    /** Injected by the extension. */
    ProcessEngine engine;

    private long deadlineId;

    /** The three states in which the clock waits for something. */
    enum Waiting { BEFORE_WARNING, AFTER_WARNING, PAUSED }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        SEND_WARNING.reset(SlaClockProcessTest::warnLikeProduction);
        RECORD_BREACH.reset(execution -> { });
        deadlineId = DEADLINE_IDS.incrementAndGet();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // --- before the warning ------------------------------------------------------------------

    @Test
    void aNewDeadlineWaitsBeforeTheWarning_withATimerAtWarningAtAndOneAtDueAt() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);

        assertThat(pi).isStarted().isNotEnded().hasBusinessKey(businessKey(deadlineId))
                .isWaitingAtExactly(GATEWAY_BEFORE_WARNING)
                .variables().containsEntry(VAR_DEADLINE_ID, deadlineId).containsEntry(VAR_WARNED, false)
                .containsEntry(VAR_WARNING_AT, Date.from(WARNING_AT)).containsEntry(VAR_DUE_AT, Date.from(DUE_AT));
        assertThat(timers(pi)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TIMER_WARNING_DUE, Date.from(WARNING_AT),
                TIMER_DEADLINE_DUE, Date.from(DUE_AT)));
        assertThat(messages(pi)).containsExactlyInAnyOrder(
                MSG_DEADLINE_STOPPED, MSG_DEADLINE_RESCHEDULED, MSG_DEADLINE_PAUSED);
        assertNoDelegateCalled();
    }

    @Test
    void theTimersFallDueAtTheirDates_asTheEnginesClockSeesThem() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);

        assertThat(executableTimers(pi)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(WARNING_AT.minusSeconds(1)));
        assertThat(executableTimers(pi)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(WARNING_AT));
        assertThat(executableTimers(pi)).containsExactly(TIMER_WARNING_DUE);
        ClockUtil.setCurrentTime(Date.from(DUE_AT));
        assertThat(executableTimers(pi)).containsExactlyInAnyOrder(TIMER_WARNING_DUE, TIMER_DEADLINE_DUE);
    }

    @Test
    void rescheduledBeforeTheWarning_bothTimersMoveToTheNewDates() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        Set<String> oldJobs = jobIds(pi);
        Instant warningAt = WARNING_AT.plus(Duration.ofDays(1));
        Instant dueAt = DUE_AT.plus(Duration.ofDays(1));

        assertThat(reschedule(deadlineId, warningAt, dueAt)).hasSize(1);

        assertWatchingBeforeWarning(pi, EVENT_DEADLINE_RESCHEDULED, warningAt, dueAt);
        assertThat(jobIds(pi)).as("the old timers are gone").doesNotContainAnyElementsOf(oldJobs);
        assertNoDelegateCalled();
    }

    // --- the warning -------------------------------------------------------------------------

    @Test
    void theWarningTimer_sendsTheWarningOnce_thenOnlyTheBreachTimerWaits() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        ClockUtil.setCurrentTime(Date.from(WARNING_AT));

        execute(timer(pi, TIMER_WARNING_DUE));

        assertThat(SEND_WARNING.calls).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_SEND_WARNING);
            assertThat(call.businessKey()).isEqualTo(businessKey(deadlineId));
            assertThat(call.deadlineId()).isEqualTo(deadlineId);
        });
        assertThat(RECORD_BREACH.calls).isEmpty();
        assertThat(pi).isNotEnded().isWaitingAtExactly(GATEWAY_AFTER_WARNING)
                .hasPassed(TIMER_WARNING_DUE, TASK_SEND_WARNING)
                .hasNotPassed(TIMER_DEADLINE_DUE, TASK_RECORD_BREACH)
                .variables().containsEntry(VAR_WARNED, true);
        assertThat(timers(pi)).containsExactlyEntriesOf(Map.of(TIMER_DEADLINE_DUE_AFTER_WARNING, Date.from(DUE_AT)));
        assertThat(messages(pi)).containsExactlyInAnyOrder(
                MSG_DEADLINE_STOPPED, MSG_DEADLINE_RESCHEDULED, MSG_DEADLINE_PAUSED);
    }

    @Test
    void rescheduledAfterTheWarning_noSecondWarningEver_andTheBreachTimerTakesTheNewDueAt() {
        var pi = warned(start(deadlineId, WARNING_AT, DUE_AT));

        // Moved later: the warning date lies in the future again, yet no warning timer comes back.
        Instant warningAt = WARNING_AT.plus(Duration.ofDays(2));
        Instant dueAt = DUE_AT.plus(Duration.ofDays(2));
        assertThat(reschedule(deadlineId, warningAt, dueAt)).hasSize(1);

        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING).hasPassed(EVENT_RESCHEDULED_AFTER_WARNING)
                .variables().containsEntry(VAR_DUE_AT, Date.from(dueAt)).containsEntry(VAR_WARNED, true);
        assertThat(timers(pi)).containsExactlyEntriesOf(Map.of(TIMER_DEADLINE_DUE_AFTER_WARNING, Date.from(dueAt)));

        // Paused and resumed with yet other dates: still no second warning.
        pause(deadlineId);
        Instant resumedWarningAt = warningAt.plus(Duration.ofDays(1));
        Instant resumedDueAt = dueAt.plus(Duration.ofDays(1));
        assertThat(reschedule(deadlineId, resumedWarningAt, resumedDueAt)).hasSize(1);

        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING).hasPassed(EVENT_DEADLINE_RESUMED);
        assertThat(timers(pi)).containsExactlyEntriesOf(
                Map.of(TIMER_DEADLINE_DUE_AFTER_WARNING, Date.from(resumedDueAt)));

        ClockUtil.setCurrentTime(Date.from(resumedDueAt));
        assertThat(executableTimers(pi)).containsExactly(TIMER_DEADLINE_DUE_AFTER_WARNING);
        execute(timer(pi, TIMER_DEADLINE_DUE_AFTER_WARNING));

        assertThat(SEND_WARNING.calls).hasSize(1);
        assertThat(RECORD_BREACH.calls).hasSize(1);
        assertThat(pi).isEnded().hasPassed(END_DEADLINE_BREACHED);
    }

    /** CamundaSlaClock.start with a deadline already warned (a met deadline reopened after its warning). */
    @Test
    void startedAlreadyWarned_waitsForTheBreachOnly() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT, true);

        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING).hasNotPassed(TIMER_WARNING_DUE, TASK_SEND_WARNING);
        assertThat(timers(pi)).containsExactlyEntriesOf(Map.of(TIMER_DEADLINE_DUE_AFTER_WARNING, Date.from(DUE_AT)));
        assertNoDelegateCalled();
    }

    // --- the breach --------------------------------------------------------------------------

    @Test
    void theBreachTimerAfterTheWarning_recordsTheBreachOnce_andEnds() {
        var pi = warned(start(deadlineId, WARNING_AT, DUE_AT));
        ClockUtil.setCurrentTime(Date.from(DUE_AT));

        execute(timer(pi, TIMER_DEADLINE_DUE_AFTER_WARNING));

        assertThat(RECORD_BREACH.calls).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_RECORD_BREACH);
            assertThat(call.businessKey()).isEqualTo(businessKey(deadlineId));
            assertThat(call.deadlineId()).isEqualTo(deadlineId);
        });
        assertThat(SEND_WARNING.calls).hasSize(1);
        assertThat(pi).isEnded()
                .hasPassed(TIMER_WARNING_DUE, TASK_SEND_WARNING, TIMER_DEADLINE_DUE_AFTER_WARNING,
                        TASK_RECORD_BREACH, END_DEADLINE_BREACHED)
                .hasNotPassed(END_DEADLINE_STOPPED);
        assertNothingLeft(pi);
    }

    /** Warning and breach both overdue (say, after downtime) and the breach timer runs first. */
    @Test
    void theBreachTimerBeforeTheWarning_recordsTheBreachWithoutAWarning_andEnds() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        ClockUtil.setCurrentTime(Date.from(DUE_AT.plus(Duration.ofHours(1))));

        execute(timer(pi, TIMER_DEADLINE_DUE));

        assertThat(RECORD_BREACH.calls).singleElement()
                .satisfies(call -> assertThat(call.deadlineId()).isEqualTo(deadlineId));
        assertThat(SEND_WARNING.calls).isEmpty();
        assertThat(pi).isEnded().hasPassed(TIMER_DEADLINE_DUE, TASK_RECORD_BREACH, END_DEADLINE_BREACHED)
                .hasNotPassed(TIMER_WARNING_DUE, TASK_SEND_WARNING);
        assertNothingLeft(pi);
    }

    /** CamundaSlaClock correlates with correlateAll: an ended watch simply receives nothing. */
    @Test
    void afterTheBreach_messagesFindNothing() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        execute(timer(pi, TIMER_DEADLINE_DUE));
        assertThat(pi).isEnded();

        assertThat(stop(deadlineId)).isEmpty();
        assertThat(pause(deadlineId)).isEmpty();
        assertThat(reschedule(deadlineId, WARNING_AT, DUE_AT)).isEmpty();
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MSG_DEADLINE_STOPPED)
                .processInstanceBusinessKey(businessKey(deadlineId)).correlateWithResult())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(RECORD_BREACH.calls).hasSize(1);
    }

    // --- stopped -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Waiting.class)
    void stopped_endsAtDeadlineStoppedFromEveryWaitingState_withoutCallingADelegate(Waiting state) {
        var pi = startAndBringTo(state);
        int warningsBefore = SEND_WARNING.calls.size();

        assertThat(stop(deadlineId)).hasSize(1);

        String stoppedBy = switch (state) {
            case BEFORE_WARNING -> EVENT_DEADLINE_STOPPED;
            case AFTER_WARNING -> EVENT_STOPPED_AFTER_WARNING;
            case PAUSED -> EVENT_STOPPED_WHILE_PAUSED;
        };
        assertThat(pi).isEnded().hasPassed(stoppedBy, END_DEADLINE_STOPPED)
                .hasNotPassed(TASK_RECORD_BREACH, END_DEADLINE_BREACHED);
        assertThat(SEND_WARNING.calls).as("no warning on stop").hasSize(warningsBefore);
        assertThat(RECORD_BREACH.calls).isEmpty();
        assertNothingLeft(pi);
    }

    // --- paused ------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Waiting.class, names = {"BEFORE_WARNING", "AFTER_WARNING"})
    void paused_leavesNoTimerJobsAtAll_andWaitsAtGatewayPaused(Waiting from) {
        var pi = startAndBringTo(from);

        assertThat(pause(deadlineId)).hasSize(1);

        assertThat(pi).isNotEnded().isWaitingAtExactly(GATEWAY_PAUSED)
                .hasPassed(from == Waiting.BEFORE_WARNING ? EVENT_DEADLINE_PAUSED : EVENT_PAUSED_AFTER_WARNING);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("no jobs of any kind").isZero();
        assertThat(messages(pi)).containsExactlyInAnyOrder(MSG_DEADLINE_STOPPED, MSG_DEADLINE_RESCHEDULED);

        // However much time passes, nothing falls due while paused.
        ClockUtil.setCurrentTime(Date.from(DUE_AT.plus(Duration.ofDays(30))));
        assertThat(jobQuery().executable().count()).isZero();
        assertThat(RECORD_BREACH.calls).isEmpty();
        // Pausing a paused clock finds nothing to pause.
        assertThat(pause(deadlineId)).isEmpty();
        assertThat(pi).isWaitingAtExactly(GATEWAY_PAUSED);
    }

    @Test
    void rescheduledWhilePausedBeforeTheWarning_resumesWithBothTimersAtTheNewDates() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        pause(deadlineId);
        Instant warningAt = WARNING_AT.plus(Duration.ofDays(3));
        Instant dueAt = DUE_AT.plus(Duration.ofDays(3));

        assertThat(reschedule(deadlineId, warningAt, dueAt)).hasSize(1);

        assertWatchingBeforeWarning(pi, EVENT_DEADLINE_RESUMED, warningAt, dueAt);

        // And the resumed clock still warns (once) and breaches.
        execute(timer(pi, TIMER_WARNING_DUE));
        execute(timer(pi, TIMER_DEADLINE_DUE_AFTER_WARNING));
        assertThat(SEND_WARNING.calls).hasSize(1);
        assertThat(RECORD_BREACH.calls).hasSize(1);
        assertThat(pi).isEnded().hasPassed(END_DEADLINE_BREACHED);
    }

    @Test
    void rescheduledWhilePausedAfterTheWarning_resumesWithOnlyTheBreachTimerAtTheNewDueAt() {
        var pi = startAndBringTo(Waiting.AFTER_WARNING);
        pause(deadlineId);
        Instant warningAt = WARNING_AT.plus(Duration.ofDays(3));
        Instant dueAt = DUE_AT.plus(Duration.ofDays(3));

        assertThat(reschedule(deadlineId, warningAt, dueAt)).hasSize(1);

        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING).hasPassed(EVENT_DEADLINE_RESUMED);
        assertThat(timers(pi)).containsExactlyEntriesOf(Map.of(TIMER_DEADLINE_DUE_AFTER_WARNING, Date.from(dueAt)));
        assertThat(SEND_WARNING.calls).hasSize(1);
    }

    // --- business keys -----------------------------------------------------------------------

    @Test
    void aMessageForAnotherDeadlineDoesNotTouchThisOne() {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        long otherId = DEADLINE_IDS.incrementAndGet();
        var other = start(otherId, WARNING_AT, DUE_AT);
        Map<String, Date> timersBefore = timers(pi);
        Set<String> jobsBefore = jobIds(pi);
        Map<String, Object> variablesBefore = runtimeService().getVariables(pi.getId());

        // Every message, each to the other deadline only.
        assertThat(reschedule(otherId, WARNING_AT.plus(Duration.ofDays(1)), DUE_AT.plus(Duration.ofDays(1))))
                .singleElement().satisfies(result -> assertThat(result.getExecution().getProcessInstanceId())
                        .isEqualTo(other.getId()));
        assertThat(pause(otherId)).hasSize(1);
        assertThat(stop(otherId)).hasSize(1);
        // And to a deadline nobody watches.
        long unwatched = DEADLINE_IDS.incrementAndGet();
        assertThat(stop(unwatched)).isEmpty();
        assertThat(pause(unwatched)).isEmpty();
        assertThat(reschedule(unwatched, WARNING_AT, DUE_AT)).isEmpty();

        assertThat(other).isEnded().hasPassed(EVENT_DEADLINE_RESCHEDULED, EVENT_DEADLINE_PAUSED,
                EVENT_STOPPED_WHILE_PAUSED, END_DEADLINE_STOPPED);
        assertThat(pi).isNotEnded().isWaitingAtExactly(GATEWAY_BEFORE_WARNING)
                .hasNotPassed(EVENT_DEADLINE_RESCHEDULED, EVENT_DEADLINE_PAUSED, EVENT_DEADLINE_STOPPED);
        assertThat(timers(pi)).isEqualTo(timersBefore);
        assertThat(jobIds(pi)).isEqualTo(jobsBefore);
        assertThat(runtimeService().getVariables(pi.getId())).isEqualTo(variablesBefore);
        assertNoDelegateCalled();
    }

    // --- CamundaSlaClock and the production delegates on this engine ------------------------

    @Test
    void camundaSlaClock_startsPausesReschedulesAndStopsTheWatchOfItsDeadline() {
        var slaClock = camundaSlaClock();
        var deadline = new TestDeadline(deadlineId, WARNING_AT, DUE_AT);

        slaClock.start(deadline);
        var pi = watchOf(deadlineId);
        assertThat(pi).isWaitingAtExactly(GATEWAY_BEFORE_WARNING)
                .variables().containsEntry(VAR_DEADLINE_ID, deadlineId).containsEntry(VAR_WARNED, false);
        assertThat(timers(pi)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TIMER_WARNING_DUE, Date.from(WARNING_AT), TIMER_DEADLINE_DUE, Date.from(DUE_AT)));

        slaClock.pause(deadline);
        assertThat(pi).isWaitingAtExactly(GATEWAY_PAUSED);
        assertThat(jobIds(pi)).isEmpty();
        slaClock.pause(deadline);   // nothing to receive it, and no error

        deadline.warningAt = WARNING_AT.plus(Duration.ofDays(1));
        deadline.dueAt = DUE_AT.plus(Duration.ofDays(1));
        slaClock.reschedule(deadline);
        assertThat(pi).isWaitingAtExactly(GATEWAY_BEFORE_WARNING);
        assertThat(timers(pi)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TIMER_WARNING_DUE, Date.from(deadline.warningAt), TIMER_DEADLINE_DUE, Date.from(deadline.dueAt)));

        slaClock.stop(deadline);
        assertThat(pi).isEnded().hasPassed(END_DEADLINE_STOPPED);
        slaClock.stop(deadline);    // an ended watch: no error
        assertNoDelegateCalled();
    }

    @Test
    void camundaSlaClock_startsAWarnedDeadlineAfterTheWarning() {
        var deadline = new TestDeadline(deadlineId, WARNING_AT, DUE_AT);
        deadline.warnedAt = WARNING_AT;

        camundaSlaClock().start(deadline);

        var pi = watchOf(deadlineId);
        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING).variables().containsEntry(VAR_WARNED, true);
        assertThat(timers(pi)).containsExactlyEntriesOf(Map.of(TIMER_DEADLINE_DUE_AFTER_WARNING, Date.from(DUE_AT)));
    }

    /** A met deadline that is reopened: its watch has ended, so reschedule starts a new one. */
    @Test
    void camundaSlaClock_reschedulingAStoppedDeadlineStartsANewWatch_butABreachedOneStaysEnded() {
        var slaClock = camundaSlaClock();
        var met = new TestDeadline(deadlineId, WARNING_AT, DUE_AT);
        slaClock.start(met);
        var first = watchOf(deadlineId);
        slaClock.stop(met);
        assertThat(first).isEnded();

        met.warningAt = WARNING_AT.plus(Duration.ofDays(1));
        met.dueAt = DUE_AT.plus(Duration.ofDays(1));
        slaClock.reschedule(met);
        var second = watchOf(deadlineId);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second).isWaitingAtExactly(GATEWAY_BEFORE_WARNING);
        assertThat(timers(second)).containsEntry(TIMER_DEADLINE_DUE, Date.from(met.dueAt));

        long breachedId = DEADLINE_IDS.incrementAndGet();
        var breached = new TestDeadline(breachedId, WARNING_AT, DUE_AT);
        slaClock.start(breached);
        execute(timer(watchOf(breachedId), TIMER_DEADLINE_DUE));
        breached.breachedAt = DUE_AT;
        slaClock.reschedule(breached);
        assertThat(runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(breachedId)).count()).as("a breach counts once").isZero();
        assertThat(RECORD_BREACH.calls).hasSize(1);
    }

    @Test
    void productionDelegates_warnAndBreachTheDeadlineById_andTheWarningSetsWarned() {
        var deadlines = new RecordingDeadlines();
        var warning = new SendSlaWarningDelegate();
        warning.deadlines = deadlines;
        var breach = new RecordSlaBreachDelegate();
        breach.deadlines = deadlines;
        SEND_WARNING.reset(warning);
        RECORD_BREACH.reset(breach);
        var pi = start(deadlineId, WARNING_AT, DUE_AT);

        execute(timer(pi, TIMER_WARNING_DUE));
        assertThat(deadlines.warned).containsExactly(deadlineId);
        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING).variables().containsEntry(VAR_WARNED, true);

        execute(timer(pi, TIMER_DEADLINE_DUE_AFTER_WARNING));
        assertThat(deadlines.breached).containsExactly(deadlineId);
        assertThat(pi).isEnded().hasPassed(END_DEADLINE_BREACHED);
    }

    /** The model reads ${warned}; a start without it cannot choose a way (CamundaSlaClock always sets it). */
    @Test
    void aStartWithoutWarnedIsRejected() {
        assertThatThrownBy(() -> runtimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(businessKey(deadlineId))
                .setVariables(Variables.createVariables()
                        .putValue(VAR_DEADLINE_ID, deadlineId)
                        .putValue(VAR_WARNING_AT, Date.from(WARNING_AT))
                        .putValue(VAR_DUE_AT, Date.from(DUE_AT)))
                .execute())
                .isInstanceOf(ProcessEngineException.class);
        assertThat(runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(deadlineId)).count()).isZero();
    }

    // --- helpers -----------------------------------------------------------------------------

    /** As CamundaSlaClock.start does. */
    private ProcessInstance start(long id, Instant warningAt, Instant dueAt) {
        return start(id, warningAt, dueAt, false);
    }

    private ProcessInstance start(long id, Instant warningAt, Instant dueAt, boolean warned) {
        return runtimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(businessKey(id))
                .setVariables(Variables.createVariables()
                        .putValue(VAR_DEADLINE_ID, id)
                        .putValue(VAR_WARNED, warned)
                        .putValue(VAR_WARNING_AT, Date.from(warningAt))
                        .putValue(VAR_DUE_AT, Date.from(dueAt)))
                .execute();
    }

    /** As CamundaSlaClock.reschedule does for a watched deadline. */
    private List<MessageCorrelationResult> reschedule(long id, Instant warningAt, Instant dueAt) {
        return runtimeService().createMessageCorrelation(MSG_DEADLINE_RESCHEDULED)
                .processInstanceBusinessKey(businessKey(id))
                .setVariable(VAR_WARNING_AT, Date.from(warningAt))
                .setVariable(VAR_DUE_AT, Date.from(dueAt))
                .correlateAllWithResult();
    }

    /** As CamundaSlaClock.pause does. */
    private List<MessageCorrelationResult> pause(long id) {
        return send(MSG_DEADLINE_PAUSED, id);
    }

    /** As CamundaSlaClock.stop does. */
    private List<MessageCorrelationResult> stop(long id) {
        return send(MSG_DEADLINE_STOPPED, id);
    }

    private List<MessageCorrelationResult> send(String message, long id) {
        return runtimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey(id))
                .correlateAllWithResult();
    }

    /** The warning timer has fired. */
    private ProcessInstance warned(ProcessInstance pi) {
        execute(timer(pi, TIMER_WARNING_DUE));
        assertThat(pi).isWaitingAtExactly(GATEWAY_AFTER_WARNING);
        assertThat(SEND_WARNING.calls).hasSize(1);
        return pi;
    }

    private ProcessInstance startAndBringTo(Waiting state) {
        var pi = start(deadlineId, WARNING_AT, DUE_AT);
        switch (state) {
            case BEFORE_WARNING -> assertThat(pi).isWaitingAtExactly(GATEWAY_BEFORE_WARNING);
            case AFTER_WARNING -> warned(pi);
            case PAUSED -> {
                pause(deadlineId);
                assertThat(pi).isWaitingAtExactly(GATEWAY_PAUSED);
            }
        }
        return pi;
    }

    private ProcessInstance watchOf(long id) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(id)).singleResult();
    }

    /** The timer jobs of the instance, by the activity id of their timer event, with their due dates. */
    private static Map<String, Date> timers(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .collect(toMap(SlaClockProcessTest::activityId, Job::getDuedate, (a, b) -> {
                    throw new AssertionError("two timer jobs for one activity");
                }, TreeMap::new));
    }

    private static Set<String> executableTimers(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).timers().executable().list().stream()
                .map(SlaClockProcessTest::activityId)
                .collect(toSet());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        var matching = jobQuery().processInstanceId(pi.getId()).timers().list().stream()
                .filter(job -> activityId.equals(activityId(job)))
                .toList();
        assertThat(matching).as("timer jobs of " + activityId).hasSize(1);
        return matching.get(0);
    }

    private static String activityId(Job job) {
        return managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    private static Set<String> jobIds(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).list().stream().map(Job::getId).collect(toSet());
    }

    private static List<String> messages(ProcessInstance pi) {
        return runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventType("message").list().stream().map(EventSubscription::getEventName).toList();
    }

    private static void assertNothingLeft(ProcessInstance pi) {
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("jobs left").isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId()).count())
                .as("event subscriptions left").isZero();
    }

    private void assertNoDelegateCalled() {
        assertThat(SEND_WARNING.calls).as("sendSlaWarning calls").isEmpty();
        assertThat(RECORD_BREACH.calls).as("recordSlaBreach calls").isEmpty();
    }

    /** What SendSlaWarningDelegate does to the process, minus the EJB. */
    private static void warnLikeProduction(DelegateExecution execution) {
        execution.setVariable(VAR_WARNED, true);
    }

    private CamundaSlaClock camundaSlaClock() {
        var slaClock = new CamundaSlaClock();
        slaClock.bootstrap = new TestEngineBootstrap(engine);
        return slaClock;
    }

    record Call(String activityId, String businessKey, long deadlineId, Map<String, Object> variables) {
    }

    /** A delegate registered once with the engine; each test decides what it does. */
    static final class Recorder implements JavaDelegate {

        final List<Call> calls = new ArrayList<>();
        private JavaDelegate behaviour;

        void reset(JavaDelegate behaviour) {
            calls.clear();
            this.behaviour = behaviour;
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            calls.add(new Call(execution.getCurrentActivityId(), execution.getProcessBusinessKey(),
                    deadlineId(execution), new HashMap<>(execution.getVariables())));
            behaviour.execute(execution);
        }
    }

    /** A deadline as CamundaSlaClock reads it: id, dates, warned and breached. */
    static final class TestDeadline extends Deadline {

        final long id;
        Instant warningAt;
        Instant dueAt;
        Instant warnedAt;
        Instant breachedAt;

        TestDeadline(long id, Instant warningAt, Instant dueAt) {
            this.id = id;
            this.warningAt = warningAt;
            this.dueAt = dueAt;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public Instant getWarningAt() {
            return warningAt;
        }

        @Override
        public Instant getDueAt() {
            return dueAt;
        }

        @Override
        public Instant getWarnedAt() {
            return warnedAt;
        }

        @Override
        public Instant getBreachedAt() {
            return breachedAt;
        }
    }

    /** Records what the production delegates ask of the Deadlines EJB. */
    static final class RecordingDeadlines extends Deadlines {

        final List<Long> warned = new ArrayList<>();
        final List<Long> breached = new ArrayList<>();

        @Override
        public void warn(long deadlineId) {
            warned.add(deadlineId);
        }

        @Override
        public void breach(long deadlineId) {
            breached.add(deadlineId);
        }
    }

    /** Back before the warning, both timers at the given dates, entered through {@code passed}. */
    private void assertWatchingBeforeWarning(ProcessInstance pi, String passed, Instant warningAt, Instant dueAt) {
        assertThat(pi).isWaitingAtExactly(GATEWAY_BEFORE_WARNING).hasPassed(passed)
                .variables().containsEntry(VAR_WARNING_AT, Date.from(warningAt)).containsEntry(VAR_DUE_AT, Date.from(dueAt));
        assertThat(timers(pi)).containsExactlyInAnyOrderEntriesOf(Map.of(
                TIMER_WARNING_DUE, Date.from(warningAt),
                TIMER_DEADLINE_DUE, Date.from(dueAt)));
    }
}
