package se.ingang.routing.control;

import java.time.Instant;
import java.util.List;

/**
 * The routing decision table as deployed: its version, its columns and its rules, each cell
 * as the expression text the table holds (e.g. {@code "MEDIA"}, {@code -}).
 */
public record RoutingTableView(String decisionKey, String name, int version, String deploymentId, Instant deployedAt,
                               String hitPolicy, List<Column> inputs, List<Column> outputs, List<Rule> rules) {

    public RoutingTableView {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        rules = List.copyOf(rules);
    }

    /** An input (expression = the variable it reads) or an output (expression = its name). */
    public record Column(String id, String label, String expression) {
    }

    public record Rule(String id, String description, List<String> inputEntries, List<String> outputEntries) {

        public Rule {
            inputEntries = List.copyOf(inputEntries);
            outputEntries = List.copyOf(outputEntries);
        }
    }
}
