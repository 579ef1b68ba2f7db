package se.ingang.workflows.routing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.workflows.engine.DecisionTableCheck;

/**
 * Checks a changed routing table before it is deployed, so a broken upload never reaches a
 * case: it must pass {@link DecisionTableCheck} (one decision table, FEEL only) before Camunda
 * sees it, be DMN that Camunda parses, with the decision "routing" as a single-result
 * decision table reading customerGroup, caseType and topic and giving group and priority;
 * and tried with every customer group × case type × topic (and none), it must not fail,
 * must always name a group, only back-office groups, and only priorities the domain knows.
 */
final class RoutingTableValidator {

    static final String FIELD = "dmn";
    static final Set<String> INPUTS = Set.of(RoutingTable.INPUT_CUSTOMER_GROUP, RoutingTable.INPUT_CASE_TYPE, RoutingTable.INPUT_TOPIC);
    static final Set<String> OUTPUTS = Set.of(RoutingTable.OUTPUT_GROUP, RoutingTable.OUTPUT_PRIORITY);
    /** Hit policies that give one result per evaluation, as the BPMN's business rule task expects. */
    static final Set<HitPolicy> SINGLE_RESULT = Set.of(HitPolicy.FIRST, HitPolicy.UNIQUE, HitPolicy.PRIORITY, HitPolicy.ANY);

    private RoutingTableValidator() {
    }

    static DmnModelInstance parse(byte[] xml) {
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            throw invalid("not a DMN 1.3 file Camunda can read: " + rootMessage(e));
        }
    }

    /** The routing decision table of a parsed model; refuses anything else. */
    static DecisionTable routingTable(DmnModelInstance model) {
        var element = model.getModelElementById(RoutingTable.DECISION_KEY);
        if (!(element instanceof Decision decision)) {
            throw invalid("the file must hold the decision with id '" + RoutingTable.DECISION_KEY + "'");
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            throw invalid("decision '" + RoutingTable.DECISION_KEY + "' must be a decision table");
        }
        return table;
    }

    static void validate(byte[] xml, DmnEngine engine, Set<String> backOfficeGroups, Set<String> topics) {
        // By its XML alone first: nothing that is not FEEL may reach the engine, not even to be tried out.
        DecisionTableCheck.check(xml, RoutingTable.DECISION_KEY, FIELD);
        var model = parse(xml);
        var table = routingTable(model);
        if (!SINGLE_RESULT.contains(table.getHitPolicy())) {
            throw invalid("hit policy " + table.getHitPolicy() + " gives several results; use FIRST (or UNIQUE, PRIORITY, ANY)");
        }
        var inputs = table.getInputs().stream()
                .map(input -> input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                        : input.getInputExpression().getText().getTextContent().trim())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!inputs.equals(new TreeSet<>(INPUTS)) || table.getInputs().size() != INPUTS.size()) {
            throw invalid("the inputs must be exactly " + new TreeSet<>(INPUTS) + ", not " + inputs);
        }
        var outputs = table.getOutputs().stream().map(output -> output.getName() == null ? "" : output.getName().trim())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!outputs.equals(new TreeSet<>(OUTPUTS)) || table.getOutputs().size() != OUTPUTS.size()) {
            throw invalid("the outputs must be exactly " + new TreeSet<>(OUTPUTS) + ", not " + outputs);
        }
        DmnDecision decision;
        try {
            decision = engine.parseDecision(RoutingTable.DECISION_KEY, model);
        } catch (RuntimeException e) {
            throw invalid("the decision table cannot be read: " + rootMessage(e));
        }
        tryEveryCombination(engine, decision, backOfficeGroups, topics);
    }

    private static void tryEveryCombination(DmnEngine engine, DmnDecision decision, Set<String> groups, Set<String> topics) {
        var customerGroups = withNull(Arrays.asList(CustomerGroup.values()));
        var caseTypes = withNull(Arrays.asList(CaseType.values()));
        var topicCodes = withNull(new ArrayList<>(new TreeSet<>(topics)));
        for (CustomerGroup customerGroup : customerGroups) {
            for (CaseType type : caseTypes) {
                for (String topic : topicCodes) {
                    String where = "customerGroup=" + customerGroup + ", caseType=" + type + ", topic=" + topic;
                    java.util.Map<String, Object> result;
                    try {
                        var single = engine.evaluateDecisionTable(decision, RoutingTable.inputs(customerGroup, type, topic))
                                .getSingleResult();
                        result = single == null ? null : single.getEntryMap();
                    } catch (RuntimeException e) {
                        throw invalid("the table fails for " + where + ": " + rootMessage(e));
                    }
                    Object group = result == null ? null : result.get(RoutingTable.OUTPUT_GROUP);
                    if (group == null) {
                        throw invalid("no rule gives a group for " + where + "; keep a catch-all rule last");
                    }
                    if (!groups.contains(group.toString())) {
                        throw invalid("for " + where + " the table sends cases to '" + group + "', which is not a back-office group");
                    }
                    Object priority = result.get(RoutingTable.OUTPUT_PRIORITY);
                    if (priority != null && Arrays.stream(Priority.values()).noneMatch(p -> p.name().equals(priority.toString()))) {
                        throw invalid("for " + where + " the table suggests priority '" + priority + "'; use one of "
                                + Arrays.toString(Priority.values()));
                    }
                }
            }
        }
    }

    private static <T> List<T> withNull(List<T> values) {
        var all = new ArrayList<T>(values);
        all.add(null);
        return all;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() <= 300 ? message : message.substring(0, 299) + "…";
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
