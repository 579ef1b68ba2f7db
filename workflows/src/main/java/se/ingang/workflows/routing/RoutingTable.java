package se.ingang.workflows.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
        var priority = result.get(OUTPUT_PRIORITY);
        return Optional.of(new RoutingSuggestion((String) result.get(OUTPUT_GROUP),
                priority == null ? null : Priority.valueOf((String) priority)));
    }
}
