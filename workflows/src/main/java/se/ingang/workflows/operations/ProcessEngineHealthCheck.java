package se.ingang.workflows.operations;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import se.ingang.workflows.engine.ProcessEngineBootstrap;
import se.ingang.workflows.lifecycle.CaseLifecycle;

/** Readiness: the engine runs, its tables answer, and the case lifecycle is deployed. */
@Stateless
@Local(HealthCheck.class)
public class ProcessEngineHealthCheck implements HealthCheck {

    public static final String NAME = "ingang-process-engine";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME);
        var engine = bootstrap.engine();
        if (engine == null) {
            return response.down().withData("error", "process engine not started").build();
        }
        try {
            var lifecycle = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(CaseLifecycle.PROCESS_KEY).latestVersion().singleResult();
            if (lifecycle == null) {
                return response.down().withData("error", "case lifecycle not deployed").build();
            }
            return response.up().withData("engine", engine.getName())
                    .withData("caseLifecycleVersion", lifecycle.getVersion()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
