package se.ingang.workflows.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import se.ingang.operations.control.ProcessIncidents;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/** Camunda's incidents behind the domain's port; a retry gives the failed job one more attempt. */
@ApplicationScoped
public class CamundaProcessIncidents implements ProcessIncidents {

    /** The only incident type with a job to retry; others (e.g. failed external tasks) we do not create. */
    static final String FAILED_JOB = "failedJob";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public List<se.ingang.operations.control.Incident> open() {
        return engine().getRuntimeService().createIncidentQuery().list().stream()
                .map(this::toIncident)
                .sorted(Comparator.comparing(se.ingang.operations.control.Incident::createdAt))
                .toList();
    }

    @Override
    public Optional<se.ingang.operations.control.Incident> find(String id) {
        return Optional.ofNullable(engine().getRuntimeService().createIncidentQuery().incidentId(id).singleResult())
                .map(this::toIncident);
    }

    @Override
    public void retry(String id) {
        var incident = engine().getRuntimeService().createIncidentQuery().incidentId(id).singleResult();
        if (incident == null) {
            throw new NotFoundException("Incident", id);
        }
        if (!FAILED_JOB.equals(incident.getIncidentType()) || incident.getConfiguration() == null) {
            throw new ActionNotAllowedException("Incident " + id + " of type " + incident.getIncidentType()
                    + " has no job to retry.");
        }
        // Retries > 0 resolves the incident; the job executor then runs the job again (now: its due date is kept).
        engine().getManagementService().setJobRetries(incident.getConfiguration(), 1);
    }

    @Override
    public JobCounts jobCounts(Duration lag) {
        var jobs = engine().getManagementService();
        Date now = ClockUtil.getCurrentTime();
        long due = jobs.createJobQuery().executable().active().count();
        long overdue = jobs.createJobQuery().executable().active()
                .duedateLowerThan(new Date(now.getTime() - lag.toMillis())).count();
        long failed = jobs.createJobQuery().noRetriesLeft().count();
        long incidents = engine().getRuntimeService().createIncidentQuery().count();
        return new JobCounts(due, overdue, failed, incidents);
    }

    private se.ingang.operations.control.Incident toIncident(Incident i) {
        var definition = engine().getRepositoryService().getProcessDefinition(i.getProcessDefinitionId());
        var instance = i.getProcessInstanceId() == null ? null : engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(i.getProcessInstanceId()).singleResult();
        return new se.ingang.operations.control.Incident(i.getId(), i.getIncidentType(), i.getIncidentTimestamp().toInstant(),
                definition.getKey(), definition.getVersion(), instance == null ? null : instance.getBusinessKey(),
                i.getFailedActivityId() != null ? i.getFailedActivityId() : i.getActivityId(), i.getIncidentMessage(),
                FAILED_JOB.equals(i.getIncidentType()) ? i.getConfiguration() : null);
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
