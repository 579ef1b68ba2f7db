package se.ingang.workflows.engine;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RepositoryService;

/**
 * Deploys the BPMN and DMN models shipped in this module. Duplicate filtering makes an
 * unchanged model a no-op and a changed one a new version; running cases keep theirs.
 */
public final class ProcessModels {

    public static final String DEPLOYMENT_NAME = "ingang-models";
    public static final List<String> RESOURCES = List.of(
            "bpmn/case-lifecycle.bpmn", "bpmn/sla-clock.bpmn", "dmn/routing.dmn", "dmn/sla-policy.dmn");

    private static final Logger LOG = Logger.getLogger(ProcessModels.class.getName());

    private ProcessModels() {
    }

    public static void deploy(RepositoryService repository) {
        var builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("ingang")
                // Only changed models become new versions, so an uploaded routing table (CamundaRoutingTableStore)
                // stays the latest until the shipped routing.dmn itself changes.
                .enableDuplicateFiltering(true);
        for (String resource : RESOURCES) {
            builder.addInputStream(resource, open(resource));
        }
        var deployment = builder.deploy();
        LOG.info(() -> "Process models deployed (deployment " + deployment.getId() + ")");
    }

    private static InputStream open(String resource) {
        var stream = ProcessModels.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(resource + " is not on the classpath"));
        }
        return stream;
    }
}
