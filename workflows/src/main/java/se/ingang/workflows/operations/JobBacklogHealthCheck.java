package se.ingang.workflows.operations;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import se.ingang.operations.control.OperationsSettings;
import se.ingang.operations.control.ProcessIncidents;

/**
 * Readiness: no due job has waited longer than ingang.health.job-lag for the job executor (timers,
 * asynchronous steps: reminders, SLA warnings, survey mails). Failed jobs and incidents are in the
 * data but do not fail the check: they need an administrator (GET /api/incidents), not another node.
 */
@Stateless
@Local(HealthCheck.class)
public class JobBacklogHealthCheck implements HealthCheck {

    public static final String NAME = "ingang-jobs";

    @Inject
    ProcessIncidents incidents;

    @Inject
    OperationsSettings settings;

    @Override
    public HealthCheckResponse call() {
        var lag = settings.jobLag();
        var response = HealthCheckResponse.named(NAME);
        try {
            var counts = incidents.jobCounts(lag);
            return response.status(counts.overdue() == 0)
                    .withData("due", counts.due())
                    .withData("overdue", counts.overdue())
                    .withData("allowedLag", lag.toString())
                    .withData("failedJobs", counts.failed())
                    .withData("incidents", counts.incidents())
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
