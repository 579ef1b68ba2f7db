package se.ingang.workflows.lifecycle;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.ingang.workflows.lifecycle.CaseLifecycle.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ingang.cases.boundary.CaseRouting;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.workflows.TestProcessEngine;
import se.ingang.workflows.routing.RoutingTable;

/**
 * bpmn/case-lifecycle.bpmn on an in-memory engine. The service tasks call recording stubs
 * registered as {@code routeCase} and {@code closeCase} instead of the EJB-backed delegates;
 * the last tests plug the production delegates into the stubs, with a recording CaseRouting.
 */
@Deployment(resources = {"bpmn/case-lifecycle.bpmn", "dmn/routing.dmn"})
class CaseLifecycleProcessTest {

    private static final String FRONT_OFFICE = "fo-it";
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final AtomicLong CASE_IDS = new AtomicLong(100);

    private static final Recorder ROUTE_CASE = new Recorder();
    private static final Recorder CLOSE_CASE = new Recorder();
    private static final Recorder REMIND_CUSTOMER = new Recorder();
    private static final Recorder AUTO_CLOSE_CASE = new Recorder();
    private static final Recorder SEND_SURVEY = new Recorder();
    private static final Instant REMINDER_AT = NOW.plus(Duration.ofDays(7));
    private static final Instant AUTO_CLOSE_AT = NOW.plus(Duration.ofDays(14));

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(CaseLifecycleProcessTest.class,
            Map.of(DELEGATE_ROUTE_CASE, ROUTE_CASE, DELEGATE_CLOSE_CASE, CLOSE_CASE,
                    DELEGATE_REMIND_CUSTOMER, REMIND_CUSTOMER, DELEGATE_AUTO_CLOSE_CASE, AUTO_CLOSE_CASE,
                    DELEGATE_SEND_SURVEY, SEND_SURVEY));

    /** Injected by the extension. */
    ProcessEngine engine;

    private long caseId;
    private String caseNumber;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ROUTE_CASE.reset(CaseLifecycleProcessTest::routeLikeProduction);
        CLOSE_CASE.reset(execution -> { });
        REMIND_CUSTOMER.reset(execution -> { });
        AUTO_CLOSE_CASE.reset(execution -> { });
        SEND_SURVEY.reset(execution -> { });
        caseId = CASE_IDS.incrementAndGet();
        caseNumber = "2026-%06d".formatted(caseId);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // --- registration and triage -------------------------------------------------------

    @Test
    void aNewCaseWaitsForTriageByItsFrontOffice() {
        var pi = startCase();

        assertThat(pi).isStarted().isNotEnded().hasBusinessKey(caseNumber)
                .isWaitingAtExactly(TASK_TRIAGE_CASE)
                .variables().containsEntry(VAR_CASE_ID, caseId).containsEntry(VAR_CASE_NUMBER, caseNumber);
        assertThat(candidateGroups(task(TASK_TRIAGE_CASE, pi))).containsExactly(FRONT_OFFICE);
        assertThat(ROUTE_CASE.calls).isEmpty();
        assertThat(CLOSE_CASE.calls).isEmpty();
    }

    @Test
    void resolvedAtFirstContact_waitsOutTheReopenWindowThenCloses() {
        var pi = startCase();

        resolve(pi, TASK_TRIAGE_CASE, "P14D");

        assertThat(pi).isWaitingAtExactly(GATEWAY_REOPEN_WINDOW).hasPassed(TASK_TRIAGE_CASE)
                .hasNotPassed(TASK_DECIDE_ROUTING, TASK_ROUTE_CASE, TASK_HANDLE_CASE);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        Job timer = job(TIMER_REOPEN_WINDOW_EXPIRED, pi);
        Instant due = ZonedDateTime.ofInstant(NOW, ZoneId.systemDefault()).plusDays(14).toInstant();
        assertThat(timer).hasDueDate(Date.from(due));
        // Not due before the window has passed, due right after.
        assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
        assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
        assertThat(CLOSE_CASE.calls).isEmpty();

        execute(timer);
        assertThat(pi).as("the survey is sent asynchronously, after the close commits").isWaitingAtExactly(TASK_SEND_SURVEY);
        assertThat(SEND_SURVEY.calls).isEmpty();
        execute(job(TASK_SEND_SURVEY, pi));

        assertThat(SEND_SURVEY.calls).hasSize(1);
        assertThat(pi).isEnded().hasPassed(TIMER_REOPEN_WINDOW_EXPIRED, TASK_CLOSE_CASE, TASK_SEND_SURVEY, END_CASE_CLOSED)
                .hasNotPassed(EVENT_CUSTOMER_REOPENED, EVENT_CLOSE_REQUESTED);
        assertThat(CLOSE_CASE.calls).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_CLOSE_CASE);
            assertThat(call.businessKey()).isEqualTo(caseNumber);
            assertThat(call.variables()).containsEntry(VAR_CASE_ID, caseId);
        });
        assertThat(ROUTE_CASE.calls).isEmpty();
    }

    /** CamundaCaseProcess.resolve passes Duration.toString(): the default P14D arrives as PT336H. */
    @Test
    void theReopenWindowAcceptsTheFormatTheApplicationSends() {
        var pi = startCase();
        String window = Duration.parse("P14D").toString();

        resolve(pi, TASK_TRIAGE_CASE, window);

        assertThat(window).isEqualTo("PT336H");
        assertThat(job(TIMER_REOPEN_WINDOW_EXPIRED, pi)).hasDueDate(Date.from(NOW.plus(Duration.ofHours(336))));
    }

    @Test
    void aTriageOutcomeTheModelDoesNotKnowIsRejectedAndTheCaseStaysInTriage() {
        var pi = startCase();
        Task triage = task(TASK_TRIAGE_CASE, pi);

        assertThatThrownBy(() -> complete(triage, withVariables(VAR_OUTCOME, OUTCOME_TRANSFERRED)))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(pi).isWaitingAtExactly(TASK_TRIAGE_CASE);
        assertThat(task(TASK_TRIAGE_CASE, pi).getId()).isEqualTo(triage.getId());
    }

    // --- routing and handling ------------------------------------------------------------

    @Test
    void routing_theTableDecidesTheBackOfficeGroup() {
        var pi = startCase();

        route(pi, CustomerGroup.STUDENT, CaseType.SUPPORT, "it-account", null);

        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE)
                .hasPassedInOrder(TASK_TRIAGE_CASE, TASK_DECIDE_ROUTING, TASK_ROUTE_CASE)
                .variables().containsEntry(VAR_BACK_OFFICE_GROUP, "it-service-desk");
        assertThat(ROUTE_CASE.calls).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_ROUTE_CASE);
            assertThat(call.variables().get(VAR_ROUTING)).isInstanceOf(Map.class);
            @SuppressWarnings("unchecked")
            var routing = (Map<String, Object>) call.variables().get(VAR_ROUTING);
            assertThat(routing)
                    .containsEntry(RoutingTable.OUTPUT_GROUP, "it-service-desk")
                    .containsEntry(RoutingTable.OUTPUT_PRIORITY, "NORMAL");
            assertThat(call.variables()).containsEntry(VAR_CHOSEN_GROUP, null);
        });
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("it-service-desk");
        assertThat(CLOSE_CASE.calls).isEmpty();
    }

    @Test
    void transfer_staysInHandlingForTheNewGroupInTheSameProcess() {
        var pi = routedToItServiceDesk();
        Task first = task(TASK_HANDLE_CASE, pi);

        complete(first, withVariables(VAR_OUTCOME, OUTCOME_TRANSFERRED, VAR_BACK_OFFICE_GROUP, "finance"));

        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE)
                .variables().containsEntry(VAR_BACK_OFFICE_GROUP, "finance");
        Task second = task(TASK_HANDLE_CASE, pi);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getProcessInstanceId()).isEqualTo(pi.getId());
        assertThat(candidateGroups(second)).containsExactly("finance");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .isOne();
        assertThat(ROUTE_CASE.calls).as("a transfer does not route again").hasSize(1);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(TASK_TRIAGE_CASE).count()).isOne();
    }

    @Test
    void return_goesBackToTriageByTheFrontOffice() {
        var pi = routedToItServiceDesk();

        complete(task(TASK_HANDLE_CASE, pi), withVariables(VAR_OUTCOME, OUTCOME_RETURNED));

        assertThat(pi).isWaitingAtExactly(TASK_TRIAGE_CASE);
        assertThat(candidateGroups(task(TASK_TRIAGE_CASE, pi))).containsExactly(FRONT_OFFICE);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(TASK_TRIAGE_CASE).count()).isEqualTo(2);

        // Triaged again, the case is routed afresh by the table.
        route(pi, CustomerGroup.STAFF, CaseType.SUPPORT, "employment", null);
        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE);
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("hr");
        assertThat(ROUTE_CASE.calls).hasSize(2);
    }

    @Test
    void askCustomer_waitsForTheReplyThenResumesHandlingForTheSameGroup() {
        var pi = routedToItServiceDesk();

        askCustomer(pi);

        assertThat(pi).isWaitingAtExactly(GATEWAY_WAITING_FOR_CUSTOMER);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(pi.getId()).singleResult().getDuedate())
                .as("the reminder timer").isEqualTo(Date.from(REMINDER_AT));

        var result = customerReplied(REOPEN_TO_BACK_OFFICE);

        assertThat(result.getExecution().getProcessInstanceId()).isEqualTo(pi.getId());
        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE).hasPassed(EVENT_CUSTOMER_REPLIED)
                .hasNotPassed(EVENT_CUSTOMER_REOPENED);
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("it-service-desk");
    }

    @Test
    void askCustomer_remindsOnceThenClosesTheCaseWhenNoAnswerComes() {
        var pi = routedToItServiceDesk();
        askCustomer(pi);

        execute(job(TIMER_REMINDER_DUE, pi));

        assertThat(REMIND_CUSTOMER.calls).hasSize(1);
        assertThat(pi).isWaitingAtExactly(GATEWAY_WAITING_AFTER_REMINDER);
        assertThat(jobQuery().processInstanceId(pi.getId()).singleResult().getDuedate())
                .as("the auto-close timer").isEqualTo(Date.from(AUTO_CLOSE_AT));

        execute(job(TIMER_AUTO_CLOSE_DUE, pi));

        assertThat(AUTO_CLOSE_CASE.calls).hasSize(1);
        assertThat(SEND_SURVEY.calls).as("no survey for a case closed without answer").isEmpty();
        assertThat(REMIND_CUSTOMER.calls).hasSize(1);
        assertThat(CLOSE_CASE.calls).isEmpty();
        assertThat(pi).isEnded().hasPassed(END_CASE_AUTO_CLOSED).hasNotPassed(GATEWAY_REOPEN_WINDOW);
    }

    @Test
    void askCustomer_anAnswerAfterTheReminderResumesHandling() {
        var pi = routedToItServiceDesk();
        askCustomer(pi);
        execute(job(TIMER_REMINDER_DUE, pi));

        customerReplied(REOPEN_TO_BACK_OFFICE);

        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("auto-close timer gone").isZero();
        assertThat(AUTO_CLOSE_CASE.calls).isEmpty();
    }

    @Test
    void resolvedInHandling_waitsInTheReopenWindow() {
        var pi = routedToItServiceDesk();

        resolve(pi, TASK_HANDLE_CASE, "P14D");

        assertThat(pi).isWaitingAtExactly(GATEWAY_REOPEN_WINDOW);
        assertThat(job(TIMER_REOPEN_WINDOW_EXPIRED, pi)).isNotNull();
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId()).list())
                .extracting(s -> s.getEventName())
                .containsExactlyInAnyOrder(MSG_CUSTOMER_REPLIED, MSG_CLOSE_REQUESTED,
                        MSG_CONSULTATION_REQUESTED); // consultations may be requested at any time
    }

    // --- reopen window ---------------------------------------------------------------------

    @Test
    void reopenToBackOffice_resumesHandlingWhereItWasLastHandled() {
        // Start right in the reopen window, as if the case had been handled by examinations.
        var pi = runtimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(caseNumber)
                .setVariables(caseVariables())
                .setVariable(VAR_BACK_OFFICE_GROUP, "examinations")
                .setVariable(VAR_REOPEN_WINDOW, "P14D")
                .startBeforeActivity(GATEWAY_REOPEN_WINDOW)
                .execute();
        assertThat(pi).isWaitingAtExactly(GATEWAY_REOPEN_WINDOW);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isOne();

        customerReplied(REOPEN_TO_BACK_OFFICE);

        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE).hasPassed(EVENT_CUSTOMER_REOPENED)
                .hasNotPassed(EVENT_CUSTOMER_REPLIED, TASK_TRIAGE_CASE, TASK_CLOSE_CASE);
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("examinations");
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("the reopen timer is cancelled").isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId()).list())
                .extracting(subscription -> subscription.getEventName())
                .as("only the consultation start, open all the time").containsExactly(MSG_CONSULTATION_REQUESTED);
        assertThat(CLOSE_CASE.calls).isEmpty();
    }

    @Test
    void reopenToFrontOffice_goesBackToTriage_andAFreshWindowStartsWhenResolvedAgain() {
        var pi = startCase();
        resolve(pi, TASK_TRIAGE_CASE, "P14D");
        String firstTimer = job(TIMER_REOPEN_WINDOW_EXPIRED, pi).getId();

        customerReplied(REOPEN_TO_FRONT_OFFICE);

        assertThat(pi).isWaitingAtExactly(TASK_TRIAGE_CASE).hasPassed(EVENT_CUSTOMER_REOPENED);
        assertThat(candidateGroups(task(TASK_TRIAGE_CASE, pi))).containsExactly(FRONT_OFFICE);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("the reopen timer is cancelled").isZero();

        Instant later = NOW.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(later));
        resolve(pi, TASK_TRIAGE_CASE, "P7D");

        Job secondTimer = job(TIMER_REOPEN_WINDOW_EXPIRED, pi);
        assertThat(secondTimer.getId()).isNotEqualTo(firstTimer);
        assertThat(secondTimer).hasDueDate(Date.from(ZonedDateTime.ofInstant(later, ZoneId.systemDefault())
                .plusDays(7).toInstant()));
    }

    @Test
    void closeEarly_closesTheCaseAndEndsTheProcess() {
        var pi = startCase();
        resolve(pi, TASK_TRIAGE_CASE, "P14D");

        runtimeService().createMessageCorrelation(MSG_CLOSE_REQUESTED)
                .processInstanceBusinessKey(caseNumber)
                .correlateWithResult();
        execute(job(TASK_SEND_SURVEY, pi));

        assertThat(pi).isEnded().hasPassed(EVENT_CLOSE_REQUESTED, TASK_CLOSE_CASE, END_CASE_CLOSED)
                .hasNotPassed(TIMER_REOPEN_WINDOW_EXPIRED, EVENT_CUSTOMER_REOPENED);
        assertThat(CLOSE_CASE.calls).singleElement()
                .satisfies(call -> assertThat(call.variables()).containsEntry(VAR_CASE_ID, caseId));
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- messages the process is not waiting for --------------------------------------------

    @Test
    void messagesAreRejectedDuringTriage() {
        var pi = startCase();

        assertThatThrownBy(() -> customerReplied(REOPEN_TO_FRONT_OFFICE))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(this::closeRequested).isInstanceOf(MismatchingMessageCorrelationException.class);

        assertThat(pi).isWaitingAtExactly(TASK_TRIAGE_CASE);
        assertThat(CLOSE_CASE.calls).isEmpty();
    }

    @Test
    void messagesAreRejectedDuringHandling_andCloseIsRejectedWhileWaitingForTheCustomer() {
        var pi = routedToItServiceDesk();

        assertThatThrownBy(() -> customerReplied(REOPEN_TO_BACK_OFFICE))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(this::closeRequested).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE);

        askCustomer(pi);
        assertThatThrownBy(this::closeRequested).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAtExactly(GATEWAY_WAITING_FOR_CUSTOMER);
    }

    @Test
    void messagesAreRejectedOnceTheProcessHasEnded() {
        var pi = startCase();
        resolve(pi, TASK_TRIAGE_CASE, "P14D");
        closeRequested();
        execute(job(TASK_SEND_SURVEY, pi));
        assertThat(pi).isEnded();

        assertThatThrownBy(() -> customerReplied(REOPEN_TO_FRONT_OFFICE))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(this::closeRequested).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(CLOSE_CASE.calls).hasSize(1);
    }

    @Test
    void aMessageReachesOnlyTheCaseWithItsBusinessKey() {
        var other = startCase();
        String otherNumber = caseNumber;
        caseId = CASE_IDS.incrementAndGet();
        caseNumber = "2026-%06d".formatted(caseId);
        var pi = startCase();
        resolve(other, TASK_TRIAGE_CASE, "P14D");
        resolve(pi, TASK_TRIAGE_CASE, "P14D");

        customerReplied(REOPEN_TO_FRONT_OFFICE);

        assertThat(pi).isWaitingAtExactly(TASK_TRIAGE_CASE);
        assertThat(other).hasBusinessKey(otherNumber).isWaitingAtExactly(GATEWAY_REOPEN_WINDOW);
        assertThat(job(TIMER_REOPEN_WINDOW_EXPIRED, other)).isNotNull();
    }

    // --- the production delegates, with a recording CaseRouting ------------------------------

    @Test
    void productionRouteCaseDelegate_appliesTheTablesGroupAndPriority() {
        var routing = new RecordingCaseRouting();
        var delegate = new RouteCaseDelegate();
        delegate.routing = routing;
        ROUTE_CASE.reset(delegate);
        var pi = startCase();

        // A journalist asking about exams: the MEDIA row comes first and wins.
        route(pi, CustomerGroup.MEDIA, CaseType.SUPPORT, "exams", null);

        assertThat(routing.applied).containsExactly(new Applied(caseId, "communications", Priority.HIGH));
        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE)
                .variables().containsEntry(VAR_BACK_OFFICE_GROUP, "communications");
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("communications");
    }

    @Test
    void productionRouteCaseDelegate_theAgentsChoiceWinsOverTheTableWithoutAPriority() {
        var routing = new RecordingCaseRouting();
        var delegate = new RouteCaseDelegate();
        delegate.routing = routing;
        ROUTE_CASE.reset(delegate);
        var pi = startCase();

        route(pi, CustomerGroup.STUDENT, CaseType.SUPPORT, "it-account", "finance");

        assertThat(routing.applied).containsExactly(new Applied(caseId, "finance", null));
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("finance");
    }

    @Test
    void productionCloseCaseDelegate_closesTheCaseById() {
        var routing = new RecordingCaseRouting();
        var delegate = new CloseCaseDelegate();
        delegate.routing = routing;
        CLOSE_CASE.reset(delegate);
        var pi = startCase();
        resolve(pi, TASK_TRIAGE_CASE, "P14D");

        execute(job(TIMER_REOPEN_WINDOW_EXPIRED, pi));

        assertThat(routing.closed).containsExactly(caseId);
        execute(job(TASK_SEND_SURVEY, pi));
        assertThat(pi).isEnded();
    }

    // --- helpers ---------------------------------------------------------------------------

    private Map<String, Object> caseVariables() {
        return Variables.createVariables()
                .putValue(VAR_CASE_ID, caseId)
                .putValue(VAR_CASE_NUMBER, caseNumber)
                .putValue(VAR_FRONT_OFFICE_GROUP, FRONT_OFFICE);
    }

    /** As CamundaCaseProcess.start does. */
    private ProcessInstance startCase() {
        return runtimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(caseNumber)
                .setVariables(caseVariables())
                .execute();
    }

    /** As CamundaCaseProcess.route does. */
    private void route(ProcessInstance pi, CustomerGroup customerGroup, CaseType type, String topic, String chosen) {
        var variables = new HashMap<String, Object>(RoutingTable.inputs(customerGroup, type, topic));
        variables.put(VAR_OUTCOME, OUTCOME_ROUTE);
        variables.put(VAR_CHOSEN_GROUP, chosen);
        complete(task(TASK_TRIAGE_CASE, pi), variables);
    }

    private ProcessInstance routedToItServiceDesk() {
        var pi = startCase();
        route(pi, CustomerGroup.STUDENT, CaseType.SUPPORT, "it-network", null);
        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE);
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("it-service-desk");
        return pi;
    }

    private void resolve(ProcessInstance pi, String taskKey, String reopenWindow) {
        complete(task(taskKey, pi), withVariables(VAR_OUTCOME, OUTCOME_RESOLVED, VAR_REOPEN_WINDOW, reopenWindow));
    }

    /** As CamundaCaseProcess.customerReplied does. */
    private org.camunda.bpm.engine.runtime.MessageCorrelationResult customerReplied(String reopenTo) {
        return runtimeService().createMessageCorrelation(MSG_CUSTOMER_REPLIED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(VAR_REOPEN_TO, reopenTo)
                .correlateWithResult();
    }

    private void closeRequested() {
        runtimeService().createMessageCorrelation(MSG_CLOSE_REQUESTED)
                .processInstanceBusinessKey(caseNumber)
                .correlateWithResult();
    }

    private static Set<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .collect(toSet());
    }

    /** What RouteCaseDelegate does, minus the EJB: the agent's choice, else the table's group. */
    private static void routeLikeProduction(DelegateExecution execution) {
        var chosen = (String) execution.getVariable(VAR_CHOSEN_GROUP);
        @SuppressWarnings("unchecked")
        var decided = (Map<String, Object>) execution.getVariable(VAR_ROUTING);
        execution.setVariable(VAR_BACK_OFFICE_GROUP,
                chosen != null ? chosen : (String) decided.get(RoutingTable.OUTPUT_GROUP));
    }

    record Call(String activityId, String businessKey, Map<String, Object> variables) {
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
                    new HashMap<>(execution.getVariables())));
            behaviour.execute(execution);
        }
    }

    record Applied(long caseId, String group, Priority priority) {
    }

    /** Records what the production delegates ask of the case EJB. */
    static final class RecordingCaseRouting extends CaseRouting {

        final List<Applied> applied = new ArrayList<>();
        final List<Long> closed = new ArrayList<>();

        @Override
        public void applyRouting(long caseId, String group, Priority suggestedPriority) {
            applied.add(new Applied(caseId, group, suggestedPriority));
        }

        @Override
        public void closeAfterReopenWindow(long caseId) {
            closed.add(caseId);
        }
    }

    private void askCustomer(ProcessInstance pi) {
        complete(task(TASK_HANDLE_CASE, pi), withVariables(VAR_OUTCOME, OUTCOME_WAITING,
                VAR_REMINDER_AT, Date.from(REMINDER_AT), VAR_AUTO_CLOSE_AT, Date.from(AUTO_CLOSE_AT)));
    }
}
