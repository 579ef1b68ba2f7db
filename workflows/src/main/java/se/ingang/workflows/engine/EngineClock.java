package se.ingang.workflows.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import se.ingang.platform.control.ClockAdvanced;

/**
 * Keeps the engine's clock (timers, job due dates) on the application clock, and wakes the
 * job executor so timers that just became due fire now rather than after its idle wait.
 */
@ApplicationScoped
public class EngineClock {

    @Inject
    ProcessEngineBootstrap bootstrap;

    void follow(@Observes ClockAdvanced advanced) {
        ClockUtil.offset(advanced.offset().toMillis());
        var engine = bootstrap.engine();
        if (engine != null) {
            var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            configuration.getJobExecutor().jobWasAdded();
        }
    }
}
