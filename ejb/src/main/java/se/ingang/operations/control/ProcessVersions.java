package se.ingang.operations.control;

import java.util.List;

/**
 * The domain's port to the deployed versions of the process models. A changed model deploys as
 * a new version at start-up and running instances keep theirs; an administrator may move the
 * instances of an old version to a newer one (README "Upgrades"). Implemented in workflows.
 */
public interface ProcessVersions {

    /** Every deployed version of every process, with how many instances still run on it. */
    List<ProcessVersion> versions();

    /**
     * Moves all running instances of key's fromVersion to toVersion, activity by activity (same
     * ids); refused, changing nothing, when an activity an instance waits in has no counterpart.
     * Returns how many instances moved.
     */
    int migrate(String key, int fromVersion, int toVersion);

    record ProcessVersion(String key, int version, String definitionId, long runningInstances) {
    }
}
