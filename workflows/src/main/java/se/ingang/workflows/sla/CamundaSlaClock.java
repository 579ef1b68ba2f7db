package se.ingang.workflows.sla;

import static se.ingang.workflows.sla.SlaClockProcess.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import se.ingang.sla.control.SlaClock;
import se.ingang.sla.entity.Deadline;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/** One slaClock process instance per deadline, steered by messages. */
@ApplicationScoped
public class CamundaSlaClock implements SlaClock {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public void start(Deadline deadline) {
        engine().getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(businessKey(deadline.getId()))
                .setVariables(Variables.createVariables()
                        .putValue(VAR_DEADLINE_ID, deadline.getId())
                        .putValue(VAR_WARNED, deadline.getWarnedAt() != null)
                        .putValue(VAR_WARNING_AT, timerDate(deadline.getWarningAt()))
                        .putValue(VAR_DUE_AT, timerDate(deadline.getDueAt())))
                .execute();
    }

    /** A watch that already ended (breach recorded) is not started again: a breach counts once. */
    @Override
    public void reschedule(Deadline deadline) {
        if (!isWatched(deadline)) {
            if (deadline.getBreachedAt() == null) {
                start(deadline);
            }
            return;
        }
        engine().getRuntimeService().createMessageCorrelation(MSG_DEADLINE_RESCHEDULED)
                .processInstanceBusinessKey(businessKey(deadline.getId()))
                .setVariable(VAR_WARNING_AT, timerDate(deadline.getWarningAt()))
                .setVariable(VAR_DUE_AT, timerDate(deadline.getDueAt()))
                .correlateAllWithResult();
    }

    @Override
    public void pause(Deadline deadline) {
        send(MSG_DEADLINE_PAUSED, deadline);
    }

    @Override
    public void stop(Deadline deadline) {
        send(MSG_DEADLINE_STOPPED, deadline);
    }

    private void send(String message, Deadline deadline) {
        // correlateAll: a watch that has ended (breached) simply has nothing to receive it.
        engine().getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey(deadline.getId()))
                .correlateAllWithResult();
    }

    private boolean isWatched(Deadline deadline) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(deadline.getId()))
                .count() > 0;
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }

    /**
     * The engine keeps timer due dates in whole seconds (DATETIME on MariaDB), so a timer for
     * 10:00:00.9 fires at 10:00:00, before the deadline, and the domain would refuse the breach as
     * early. Rounded up, it fires at or after the deadline.
     */
    static Date timerDate(Instant at) {
        var seconds = at.truncatedTo(ChronoUnit.SECONDS);
        return Date.from(seconds.equals(at) ? at : seconds.plusSeconds(1));
    }
}
