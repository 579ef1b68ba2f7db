package se.ingang.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The application's checks as WildFly sees them (GET :9990/health/ready, /health/live). A new
 * check is an EJB implementing HealthCheck (local view) in its module, plus one producer here.
 */
@ApplicationScoped
public class ApplicationHealthChecks {

    private static final String EJB = "ingang-ejb";
    private static final String WORKFLOWS = "ingang-workflows";

    @Produces
    @Readiness
    HealthCheck database() {
        return new DelegatingHealthCheck("ingang-database", EJB, "DatabaseHealthCheck");
    }

    @Produces
    @Readiness
    HealthCheck mailboxes() {
        return new DelegatingHealthCheck("ingang-mailboxes", EJB, "MailboxHealthCheck");
    }

    @Produces
    @Readiness
    HealthCheck processEngine() {
        return new DelegatingHealthCheck("ingang-process-engine", WORKFLOWS, "ProcessEngineHealthCheck");
    }

    @Produces
    @Readiness
    HealthCheck jobs() {
        return new DelegatingHealthCheck("ingang-jobs", WORKFLOWS, "JobBacklogHealthCheck");
    }

    @Produces
    @Liveness
    HealthCheck jobExecutor() {
        return new DelegatingHealthCheck("ingang-job-executor", WORKFLOWS, "JobExecutorLivenessCheck");
    }
}
