package se.ingang.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Thresholds of the health checks (system property, else environment variable, else default). */
@ApplicationScoped
public class OperationsSettings {

    /**
     * DOWN (default): a stale mailbox makes the readiness check fail. WARN: it is reported in the
     * check's data only — for load balancers that should keep a node whose mailbox is broken
     * (env INGANG_HEALTH_STALE_MAILBOX).
     */
    @Inject
    @ConfigProperty(name = "ingang.health.stale-mailbox", defaultValue = "DOWN")
    String staleMailbox;

    /** How long a due job may wait for the job executor before readiness fails (env INGANG_HEALTH_JOB_LAG). */
    @Inject
    @ConfigProperty(name = "ingang.health.job-lag", defaultValue = "PT5M")
    String jobLag;

    public boolean staleMailboxIsDown() {
        return !"WARN".equalsIgnoreCase(staleMailbox.trim());
    }

    public Duration jobLag() {
        return Duration.parse(jobLag.trim());
    }
}
