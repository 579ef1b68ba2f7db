package se.ingang.workflows.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ingang.workflows.lifecycle.CaseLifecycle.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.workflows.TestProcessEngine;
import se.ingang.workflows.engine.ProcessModels;

/**
 * Upgrading the case lifecycle: a changed model deploys as a new version at start-up while running
 * cases keep theirs, and an administrator's migration moves them to the new version where they are.
 */
class ProcessVersioningTest {

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(ProcessVersioningTest.class, Map.of());

    /** Injected by the extension. */
    ProcessEngine engine;

    @AfterEach
    void removeDeployments() {
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void aChangedModelIsANewVersionRunningCasesKeepTheirsUntilMigrated() throws IOException {
        ProcessModels.deploy(engine.getRepositoryService());
        ProcessModels.deploy(engine.getRepositoryService());
        assertThat(latestVersion()).as("an unchanged model is not deployed again").isEqualTo(1);
        var running = startCase("2026-000001");

        deployChangedLifecycle("Triage case", "Triage the case");
        assertThat(latestVersion()).isEqualTo(2);
        var started = startCase("2026-000002");

        assertThat(versionOf(running)).as("a running case keeps its version").isEqualTo(1);
        assertThat(versionOf(started)).as("a new case starts on the new version").isEqualTo(2);
        String taskBefore = triageTaskOf(running);

        int moved = new ProcessVersionMigration(engine).migrate(PROCESS_KEY, 1, 2);

        assertThat(moved).isEqualTo(1);
        assertThat(versionOf(running)).isEqualTo(2);
        assertThat(triageTaskOf(running)).as("it waits where it waited, the same task").isEqualTo(taskBefore);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskBefore).singleResult().getProcessDefinitionId())
                .as("the task now belongs to version 2").isEqualTo(definitionOf(started));
        assertThat(new ProcessVersionMigration(engine).versions())
                .filteredOn(v -> v.key().equals(PROCESS_KEY))
                .extracting(v -> v.version() + ":" + v.runningInstances())
                .containsExactly("1:0", "2:2");
    }

    @Test
    void aVersionWithoutTheActivityACaseWaitsInIsRefusedAndNothingMoves() throws IOException {
        ProcessModels.deploy(engine.getRepositoryService());
        var running = startCase("2026-000003");
        // Version 2 renames the triage task's id (everywhere): the waiting case has no counterpart there.
        deployChangedLifecycle(TASK_TRIAGE_CASE, "Task_TriageContact");

        assertThatThrownBy(() -> new ProcessVersionMigration(engine).migrate(PROCESS_KEY, 1, 2))
                .isInstanceOf(InvalidInputException.class);
        assertThat(versionOf(running)).isEqualTo(1);
    }

    private void deployChangedLifecycle(String from, String to) throws IOException {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/case-lifecycle.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).contains(from);
        var deployment = engine.getRepositoryService().createDeployment().name(ProcessModels.DEPLOYMENT_NAME)
                .source("ingang").enableDuplicateFiltering(true)
                .addString("bpmn/case-lifecycle.bpmn", xml.replace(from, to)).deployWithResult();
        assertThat(deployment.getDeployedProcessDefinitions()).hasSize(1);
    }

    private ProcessInstance startCase(String number) {
        return engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey(number)
                .setVariables(Variables.createVariables().putValue(VAR_CASE_ID, 1L).putValue(VAR_CASE_NUMBER, number)
                        .putValue(VAR_FRONT_OFFICE_GROUP, "fo-it"))
                .execute();
    }

    private int latestVersion() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getVersion();
    }

    private int versionOf(ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(definitionOf(instance)).getVersion();
    }

    private String definitionOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private String triageTaskOf(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_TRIAGE_CASE).singleResult().getId();
    }
}
