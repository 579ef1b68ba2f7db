package se.ingang.workflows.engine;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Creates and updates the process engine's ACT_* tables as the migration user, before the real
 * engine starts as the application's user (README "Database user"). Camunda updates its schema
 * only while building an engine, so a short-lived engine does it: no job executor, no
 * deployments, its own JDBC transactions on the migration datasource (which is not JTA).
 */
final class ProcessEngineSchema {

    private static final Logger LOG = Logger.getLogger(ProcessEngineSchema.class.getName());

    private ProcessEngineSchema() {
    }

    static void update(DataSource migrationDataSource) {
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("ingang-schema");
        configuration.setDataSource(migrationDataSource);
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // The same history level as the real engine: it decides which ACT_HI_* tables exist.
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.buildProcessEngine().close();
        LOG.info("Process engine tables up to date");
    }
}
