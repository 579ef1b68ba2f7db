package se.ingang.workflows.sla;

import org.camunda.bpm.engine.ProcessEngine;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/**
 * The engine bootstrap, reduced to handing out a test's in-memory engine, so that
 * CamundaSlaClock and DmnSlaPolicy run outside the container (their {@code bootstrap}
 * field is package-private). Its @PostConstruct never runs: nothing here touches a
 * datasource, a transaction manager or the application clock.
 */
final class TestEngineBootstrap extends ProcessEngineBootstrap {

    private final ProcessEngine engine;

    TestEngineBootstrap(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public ProcessEngine engine() {
        return engine;
    }
}
