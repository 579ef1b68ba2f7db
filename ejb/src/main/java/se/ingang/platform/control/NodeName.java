package se.ingang.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's name among several sharing one database: it holds mailbox leases and is the
 * process engine's host name in its job log (who ran which job). INGANG_NODE_ID when set;
 * otherwise the server's node name (-Djboss.node.name, by default the host name) with a random
 * suffix, because two servers on one host would otherwise share a name and both believe they
 * hold the same lease.
 */
@ApplicationScoped
public class NodeName {

    @Inject
    @ConfigProperty(name = "ingang.node-id")
    Optional<String> configured;

    private volatile String resolved;

    public String value() {
        if (resolved == null) {
            resolved = configured.filter(id -> !id.isBlank())
                    .orElseGet(() -> serverName() + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return resolved;
    }

    private static String serverName() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
