package se.ingang.workflows.operations;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ingang.operations.control.ApplicationMetrics;
import se.ingang.operations.control.OperationsSettings;
import se.ingang.operations.control.ProcessIncidents;

/** The job executor's backlog and failures as gauges, read every 15 s (a scrape never queries the engine). */
@Singleton
@Startup
public class JobGauges {

    private static final Logger LOG = Logger.getLogger(JobGauges.class.getName());

    @Inject
    ProcessIncidents incidents;

    @Inject
    ApplicationMetrics metrics;

    @Inject
    OperationsSettings settings;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void refresh() {
        try {
            var counts = incidents.jobCounts(settings.jobLag());
            metrics.gauge("ingang.jobs.due", counts.due());
            metrics.gauge("ingang.jobs.overdue", counts.overdue());
            metrics.gauge("ingang.jobs.failed", counts.failed());
            metrics.gauge("ingang.incidents.open", counts.incidents());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "job gauges not refreshed", e);
        }
    }
}
