package se.ingang.workflows.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.ingang.workflows.lifecycle.CaseLifecycle.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.workflows.TestProcessEngine;
import se.ingang.workflows.engine.ProcessEngineBootstrap;
import se.ingang.workflows.routing.RoutingTable;

/**
 * Consultations in bpmn/case-lifecycle.bpmn, driven through CamundaConsultationProcess on an
 * in-memory engine: each consultation is one more instance of the non-interrupting event
 * subprocess, with a user task for the consulted group, beside whatever the case is doing.
 */
@Deployment(resources = {"bpmn/case-lifecycle.bpmn", "dmn/routing.dmn"})
class ConsultationProcessTest {

    private static final AtomicLong CASE_IDS = new AtomicLong(5000);
    private static final JavaDelegate NOTHING = execution -> { };
    private static final JavaDelegate ROUTE_CASE = ConsultationProcessTest::routeLikeProduction;

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(ConsultationProcessTest.class,
            Map.of(DELEGATE_ROUTE_CASE, ROUTE_CASE, DELEGATE_CLOSE_CASE, NOTHING,
                    DELEGATE_REMIND_CUSTOMER, NOTHING, DELEGATE_AUTO_CLOSE_CASE, NOTHING, DELEGATE_SEND_SURVEY, NOTHING));

    /** Injected by the extension. */
    ProcessEngine engine;

    private CamundaConsultationProcess consultations;
    private long caseId;
    private String caseNumber;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        consultations = new CamundaConsultationProcess();
        consultations.bootstrap = new ProcessEngineBootstrap() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }
        };
        caseId = CASE_IDS.incrementAndGet();
        caseNumber = "2026-%06d".formatted(caseId);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @Test
    void twoGroupsAreConsultedInParallelWhileTheCaseStaysInHandling() {
        var pi = routedToAdmissions();

        consultations.consult(caseNumber, 1, "finance");
        consultations.consult(caseNumber, 2, "examinations");

        assertThat(pi).isActive().isWaitingAt(TASK_HANDLE_CASE);
        assertThat(candidateGroups(task(TASK_HANDLE_CASE, pi))).containsExactly("admissions");
        assertThat(consultationTasks(pi)).extracting(this::groupOf)
                .containsExactlyInAnyOrder("finance", "examinations");
        assertThat(consultations.subTask(caseNumber, 1)).isNotNull();
        assertThat(groupOf(consultations.subTask(caseNumber, 1))).isEqualTo("finance");
        assertThat(groupOf(consultations.subTask(caseNumber, 2))).isEqualTo("examinations");
        assertThat(runtimeService().getVariables(pi.getId())).as("the request's variables are transient")
                .doesNotContainKeys(VAR_REQUESTED_CONSULTATION_ID, VAR_REQUESTED_GROUP, VAR_CONSULTATION_ID, VAR_CONSULTED_GROUP);
    }

    @Test
    void anAnswerEndsOnlyItsOwnSubTask_andTheCaseProcessGoesOn() {
        var pi = routedToAdmissions();
        consultations.consult(caseNumber, 11, "finance");
        consultations.consult(caseNumber, 12, "examinations");

        consultations.end(caseNumber, 11, "ANSWERED");

        assertThat(consultationTasks(pi)).extracting(this::groupOf).containsExactly("examinations");
        assertThat(consultations.subTask(caseNumber, 11)).isNull();
        assertThat(pi).hasPassed(END_CONSULTATION_ENDED).isWaitingAt(TASK_HANDLE_CASE);
        var outcome = historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(VAR_CONSULTATION_OUTCOME).singleResult();
        assertThat(outcome.getValue()).isEqualTo("ANSWERED");

        consultations.end(caseNumber, 12, "WITHDRAWN");
        assertThat(consultationTasks(pi)).isEmpty();
        // The case itself was never touched by its consultations.
        complete(task(TASK_HANDLE_CASE, pi), withVariables(VAR_OUTCOME, OUTCOME_RESOLVED, VAR_REOPEN_WINDOW, "P14D"));
        assertThat(pi).isWaitingAtExactly(GATEWAY_REOPEN_WINDOW);
    }

    @Test
    void consultingWorksDuringTriageToo_andEndingAnUnknownConsultationChangesNothing() {
        var pi = startCase();

        consultations.consult(caseNumber, 21, "finance");
        consultations.end(caseNumber, 999, "ANSWERED");

        assertThat(pi).isWaitingAt(TASK_TRIAGE_CASE, TASK_ANSWER_CONSULTATION);
        assertThat(consultationTasks(pi)).hasSize(1);
    }

    @Test
    void closingTheCaseEndsTheProcessWithItsOpenSubTasks() {
        var pi = startCase();
        consultations.consult(caseNumber, 31, "finance");
        complete(task(TASK_TRIAGE_CASE, pi), withVariables(VAR_OUTCOME, OUTCOME_RESOLVED, VAR_REOPEN_WINDOW, "P14D"));

        runtimeService().createMessageCorrelation(MSG_CLOSE_REQUESTED).processInstanceBusinessKey(caseNumber)
                .correlateWithResult();
        execute(job(TASK_SEND_SURVEY, pi));

        assertThat(pi).isEnded().hasPassed(END_CASE_CLOSED).hasNotPassed(END_CONSULTATION_ENDED);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aCaseWithoutARunningProcessCannotBeConsultedAbout() {
        assertThatThrownBy(() -> consultations.consult("2026-999999", 41, "finance"))
                .isInstanceOf(ActionNotAllowedException.class);
    }

    // --- helpers ---------------------------------------------------------------------------

    private ProcessInstance startCase() {
        return runtimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(caseNumber)
                .setVariables(Variables.createVariables()
                        .putValue(VAR_CASE_ID, caseId)
                        .putValue(VAR_CASE_NUMBER, caseNumber)
                        .putValue(VAR_FRONT_OFFICE_GROUP, "fo-study"))
                .execute();
    }

    private ProcessInstance routedToAdmissions() {
        var pi = startCase();
        var variables = new HashMap<String, Object>(RoutingTable.inputs(CustomerGroup.STUDENT, CaseType.SUPPORT, "admission"));
        variables.put(VAR_OUTCOME, OUTCOME_ROUTE);
        variables.put(VAR_CHOSEN_GROUP, "admissions");
        complete(task(TASK_TRIAGE_CASE, pi), variables);
        assertThat(pi).isWaitingAtExactly(TASK_HANDLE_CASE);
        return pi;
    }

    private static Task task(String key, ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private static List<Task> consultationTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_ANSWER_CONSULTATION).list();
    }

    private String groupOf(Task task) {
        var groups = candidateGroups(task);
        assertThat(groups).hasSize(1);
        return groups.get(0);
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId()).toList();
    }

    /** As RouteCaseDelegate: the agent's choice wins, else the table's group. */
    @SuppressWarnings("unchecked")
    private static void routeLikeProduction(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Object chosen = execution.getVariable(VAR_CHOSEN_GROUP);
        var routing = (Map<String, Object>) execution.getVariable(VAR_ROUTING);
        execution.setVariable(VAR_BACK_OFFICE_GROUP, chosen != null ? chosen : routing.get(RoutingTable.OUTPUT_GROUP));
    }
}
