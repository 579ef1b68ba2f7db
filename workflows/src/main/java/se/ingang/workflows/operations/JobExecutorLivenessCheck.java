package se.ingang.workflows.operations;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/**
 * Liveness: the job executor is running. Without it no timer fires (SLA, reminders, closing) and
 * only a restart helps. Touches no database: a database outage is not a reason to restart.
 */
@Stateless
@Local(HealthCheck.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobExecutorLivenessCheck implements HealthCheck {

    public static final String NAME = "ingang-job-executor";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        var engine = bootstrap.engine();
        var response = HealthCheckResponse.named(NAME);
        if (engine == null) {
            return response.down().withData("error", "process engine not started").build();
        }
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return response.status(executor != null && executor.isActive()).build();
    }
}
