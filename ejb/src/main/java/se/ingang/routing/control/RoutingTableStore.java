package se.ingang.routing.control;

import java.util.Set;

/**
 * Where the routing decision table lives: the process engine deploys it, each change as a
 * new version (running cases are not affected; new routing decisions use the latest).
 * Implemented in the workflows module.
 */
public interface RoutingTableStore {

    RoutingTableView current();

    /** The latest version's DMN XML, as deployed. */
    byte[] currentXml();

    /**
     * Validates a changed table and deploys it as a new version. Invalid XML, another
     * decision id, other inputs or outputs, expressions that fail, or groups that are not
     * back-office groups are refused with InvalidInputException, and nothing is deployed.
     *
     * @param backOfficeGroups the group codes a rule may send a case to
     * @param topics           the topic codes the table is tried with
     */
    RoutingTableView deploy(byte[] dmnXml, Set<String> backOfficeGroups, Set<String> topics);
}
