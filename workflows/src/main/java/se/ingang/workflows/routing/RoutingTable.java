package se.ingang.workflows.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/** Names in dmn/routing.dmn and the translation of its result into the domain's terms. */
public final class RoutingTable {

    public static final String DECISION_KEY = "routing";
    public static final String INPUT_CUSTOMER_GROUP = "customerGroup";
    public static final String INPUT_CASE_TYPE = "caseType";
    public static final String INPUT_TOPIC = "topic";
    public static final String OUTPUT_GROUP = "group";
    public static final String OUTPUT_PRIORITY = "priority";

    private static final Logger LOG = Logger.getLogger(RoutingTable.class.getName());

    private RoutingTable() {
    }

    public static Map<String, Object> inputs(CustomerGroup customerGroup, CaseType type, String topic) {
        var inputs = new HashMap<String, Object>();
        inputs.put(INPUT_CUSTOMER_GROUP, customerGroup == null ? null : customerGroup.name());
        inputs.put(INPUT_CASE_TYPE, type == null ? null : type.name());
        inputs.put(INPUT_TOPIC, topic);
        return inputs;
    }

    public static Optional<RoutingSuggestion> toSuggestion(Map<String, Object> result) {
        if (result == null || result.get(OUTPUT_GROUP) == null) {
            return Optional.empty();
        }
        return Optional.of(new RoutingSuggestion((String) result.get(OUTPUT_GROUP), priority(result.get(OUTPUT_PRIORITY))));
    }

    /** A priority the domain does not know (a typo in an edited table) must not stop routing. */
    private static Priority priority(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Priority.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "routing.dmn suggests unknown priority '" + value + "'; the case keeps its own");
            return null;
        }
    }
}
