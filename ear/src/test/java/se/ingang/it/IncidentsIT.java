package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * A job that fails for good becomes an incident administrators see in GET /api/incidents; once
 * the cause is fixed, POST /api/incidents/{id}/retry runs it again and the incident is gone.
 * The failing step is a test-only process: its expression needs the variable "fix", which the
 * test sets to repair it.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

    static final String PROCESS_KEY = "itFailingStep";
    static final String TASK = "Task_NeedsFix";

    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="http://ingang.se/it">
              <process id="itFailingStep" name="IT failing step" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="Start"/>
                <sequenceFlow id="f1" sourceRef="Start" targetRef="Task_NeedsFix"/>
                <serviceTask id="Task_NeedsFix" name="Needs fix" camunda:asyncBefore="true"
                             camunda:expression="${fix.length()}">
                  <extensionElements>
                    <camunda:failedJobRetryTimeCycle>R1/PT1S</camunda:failedJobRetryTimeCycle>
                  </extensionElements>
                </serviceTask>
                <sequenceFlow id="f2" sourceRef="Task_NeedsFix" targetRef="End"/>
                <endEvent id="End"/>
              </process>
            </definitions>
            """;

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(IncidentsIT.class);
    }

    @Test
    void aFailedJobIsListedForAdministratorsAndRetriedAfterTheCauseIsFixed() {
        String deploymentId = engine().getRepositoryService().createDeployment().name("it-incidents-" + UUID.randomUUID())
                .addString("it-failing-step.bpmn", BPMN).deploy().getId();
        try {
            failRepairAndRetry();
        } finally {
            engine().getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    private void failRepairAndRetry() {
        String businessKey = "it-incident-" + UUID.randomUUID();
        String instance = engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, businessKey).getId();

        JsonObject incident = await().atMost(Duration.ofSeconds(60)).until(() -> incidentOf(businessKey), Optional::isPresent).orElseThrow();
        assertThat(incident.getString("activity")).isEqualTo(TASK);
        assertThat(incident.getString("processKey")).isEqualTo(PROCESS_KEY);
        assertThat(incident.getString("type")).isEqualTo("failedJob");
        assertThat(incident.getString("message")).contains("fix");
        String id = incident.getString("id");
        assertThat(api.get("/api/incidents/" + id).json().getString("businessKey")).isEqualTo(businessKey);

        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        assertThat(Application.apiAs(agent).get("/api/incidents").status()).isEqualTo(403);
        assertThat(Application.apiAs(agent).post("/api/incidents/" + id + "/retry", Json.createObjectBuilder().build()).status())
                .isEqualTo(403);

        engine().getRuntimeService().setVariable(instance, "fix", "repaired");
        var retried = api.post("/api/incidents/" + id + "/retry", Json.createObjectBuilder().build());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).until(() ->
                engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() == 0);
        assertThat(incidentOf(businessKey)).isEmpty();
        assertThat(api.get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(api.post("/api/incidents/" + id + "/retry", Json.createObjectBuilder().build()).status()).isEqualTo(404);
    }

    private Optional<JsonObject> incidentOf(String businessKey) {
        var response = api.get("/api/incidents");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(i -> businessKey.equals(i.getString("businessKey", null))).findFirst();
        }
    }

    private static ProcessEngine engine() {
        return Application.processEngine();
    }
}
