package se.ingang.workflows;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * An in-memory process engine for the process-model tests: its own H2 database, full
 * history, no job executor (tests execute jobs themselves), and the delegates the test
 * supplies under the bean names the model uses ({@code ${routeCase}}, {@code ${closeCase}}).
 * Built programmatically: there is no camunda.cfg.xml, and Spring is not on the classpath.
 *
 * <p>One engine per test class: build it in a static field, register {@link #extension}
 * with {@code @RegisterExtension}, and {@link ProcessEngine#close() close} it in {@code @AfterAll}.
 */
public final class TestProcessEngine {

    private TestProcessEngine() {
    }

    public static ProcessEngine build(Class<?> testClass, Map<String, ? extends JavaDelegate> delegates) {
        String name = testClass.getSimpleName() + "-" + UUID.randomUUID();
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setBeans(new HashMap<>(delegates));
        return configuration.buildProcessEngine();
    }

    /** Deploys the test's {@code @Deployment} before each test and deletes it (cascading) after. */
    public static ProcessEngineExtension extension(ProcessEngine engine) {
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }
}
