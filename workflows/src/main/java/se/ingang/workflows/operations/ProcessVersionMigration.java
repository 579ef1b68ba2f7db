package se.ingang.workflows.operations;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import se.ingang.operations.control.ProcessVersions.ProcessVersion;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * Camunda's migration of running instances between two versions of one model: a plan that maps
 * equal activity ids (mapEqualActivities), validated against every instance before anything
 * moves, then executed synchronously in the caller's transaction. Plain class: the process-model
 * test runs it on an in-memory engine.
 */
public final class ProcessVersionMigration {

    private final ProcessEngine engine;

    public ProcessVersionMigration(ProcessEngine engine) {
        this.engine = engine;
    }

    public List<ProcessVersion> versions() {
        return engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey).thenComparing(ProcessDefinition::getVersion))
                .map(d -> new ProcessVersion(d.getKey(), d.getVersion(), d.getId(),
                        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(d.getId()).count()))
                .toList();
    }

    public int migrate(String key, int fromVersion, int toVersion) {
        if (fromVersion == toVersion) {
            throw new InvalidInputException("toVersion", "must differ from fromVersion");
        }
        var source = definition(key, fromVersion);
        var target = definition(key, toVersion);
        var instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(source.getId());
        int count = (int) instances.count();
        if (count == 0) {
            return 0;
        }
        try {
            var plan = engine.getRuntimeService().createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
            engine.getRuntimeService().newMigration(plan).processInstanceQuery(instances).execute();
        } catch (MigrationPlanValidationException | org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException e) {
            throw new InvalidInputException("toVersion", "version " + toVersion + " of " + key
                    + " cannot take the running instances of version " + fromVersion + ": " + e.getMessage());
        }
        return count;
    }

    private ProcessDefinition definition(String key, int version) {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("Process version", key + ":" + version);
        }
        return definition;
    }
}
