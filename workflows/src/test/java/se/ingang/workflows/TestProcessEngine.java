package se.ingang.workflows;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.ingang.workflows.engine.FeelOnlyDmn;

/**
 * An in-memory process engine for the process-model tests, as a JUnit extension: its own
 * H2 database, full history, no job executor (tests execute jobs themselves), and the
 * delegates the test supplies under the bean names the model uses ({@code ${routeCase}},
 * {@code ${closeCase}}). Built programmatically: there is no camunda.cfg.xml, and Spring is
 * not on the classpath.
 *
 * <p>Register it once per test class, in a static {@code @RegisterExtension} field. It
 * deploys the class's {@code @Deployment} before each test and deletes it (cascading to
 * runtime and history) after, injects non-static {@link ProcessEngine} fields, and closes
 * the engine after the last test.
 */
public final class TestProcessEngine extends ProcessEngineExtension {

    private TestProcessEngine() {
    }

    public static TestProcessEngine create(Class<?> testClass, Map<String, ? extends JavaDelegate> delegates) {
        String name = testClass.getSimpleName() + "-" + UUID.randomUUID();
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        // As in the server: decision tables evaluate FEEL only.
        configuration.setDmnEngineConfiguration(FeelOnlyDmn.configuration());
        configuration.setBeans(new HashMap<>(delegates));
        var extension = new TestProcessEngine();
        extension.useProcessEngine(configuration.buildProcessEngine());
        return extension;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ProcessEngine engine = getProcessEngine();
        super.afterAll(context);
        engine.close();
    }
}
