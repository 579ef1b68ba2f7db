package se.ingang.workflows.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.ingang.operations.control.ProcessVersions;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/** The deployed model versions and the migration of running instances, on the application's engine. */
@ApplicationScoped
public class CamundaProcessVersions implements ProcessVersions {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public List<ProcessVersion> versions() {
        return new ProcessVersionMigration(bootstrap.engine()).versions();
    }

    @Override
    public int migrate(String key, int fromVersion, int toVersion) {
        return new ProcessVersionMigration(bootstrap.engine()).migrate(key, fromVersion, toVersion);
    }
}
