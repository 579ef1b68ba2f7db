package se.ingang.operations.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import se.ingang.operations.control.ProcessVersions;
import se.ingang.operations.control.ProcessVersions.ProcessVersion;

/** Process model versions after an upgrade, and moving running instances to a newer one (administrators). */
@Stateless
public class ProcessUpgrades {

    private static final Logger LOG = Logger.getLogger(ProcessUpgrades.class.getName());

    @Inject
    ProcessVersions versions;

    public List<ProcessVersion> versions() {
        return versions.versions();
    }

    /** All or nothing: one transaction, validated for every instance before any moves. */
    public int migrate(String key, int fromVersion, int toVersion, String actor) {
        int moved = versions.migrate(key, fromVersion, toVersion);
        LOG.info(() -> moved + " instances of " + key + " moved from version " + fromVersion + " to " + toVersion + " by " + actor);
        return moved;
    }
}
