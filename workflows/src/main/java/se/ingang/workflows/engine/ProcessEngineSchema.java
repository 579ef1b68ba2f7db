package se.ingang.workflows.engine;

import java.sql.SQLException;
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
        try (var connection = migrationDataSource.getConnection()) {
            ProcessHistory.adoptStoredLevel(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or set the process history level", e);
        }
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("ingang-schema");
        configuration.setDataSource(migrationDataSource);
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        ProcessHistory.apply(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.buildProcessEngine().close();
        LOG.info("Process engine tables up to date");
    }
}
