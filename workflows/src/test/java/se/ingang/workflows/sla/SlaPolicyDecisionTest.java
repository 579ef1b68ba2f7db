package se.ingang.workflows.sla;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.sla.control.SlaTargets;
import se.ingang.workflows.TestProcessEngine;

/**
 * dmn/sla-policy.dmn on an in-memory engine, evaluated as DmnSlaPolicy evaluates it. Each
 * row names the rule that must win (read from the decision history), so the FIRST hit
 * policy's order — specific rows before general ones — is tested, not just the outcome.
 * Guard tests check every row of the table; the last tests run DmnSlaPolicy itself.
 */
@Deployment(resources = "dmn/sla-policy.dmn")
class SlaPolicyDecisionTest {

    private static final String RESOURCE = "dmn/sla-policy.dmn";
    private static final List<String> INPUTS = List.of("priority", "customerGroup", "caseType", "channel");
    private static final List<String> OUTPUTS = List.of("firstResponse", "resolution", "triage", "handling", "warningShare");

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(SlaPolicyDecisionTest.class, Map.of());

    /** Injected by the extension. */
    ProcessEngine engine;

    // --- each rule, and the order of the rules -------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} / {4} -> {5} {6} {7} {8} {9}")
    @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
            # rule      | priority | customerGroup       | caseType     | channel | firstResp | resolution | triage | handling | warningShare
            # Urgent first, whoever asks and whatever it is about.
            SlaRule_01  | URGENT   | null                | null         | null    | PT1H      | PT8H       | PT30M  | PT4H     | 0.8
            SlaRule_01  | URGENT   | STUDENT             | SUPPORT      | EMAIL   | PT1H      | PT8H       | PT30M  | PT4H     | 0.8
            SlaRule_01  | URGENT   | MEDIA               | FAULT_REPORT | PHONE   | PT1H      | PT8H       | PT30M  | PT4H     | 0.8
            SlaRule_01  | URGENT   | PUBLIC              | FEEDBACK     | WEB     | PT1H      | PT8H       | PT30M  | PT4H     | 0.8
            # Callbacks of missed calls after urgent cases, before everything else.
            SlaRule_01       | URGENT | PUBLIC  | CALLBACK     | PHONE   | PT1H      | PT8H       | PT30M  | PT4H     | 0.8
            SlaRule_Callback | NORMAL | STUDENT | CALLBACK     | PHONE   | PT2H      | PT8H       | PT2H   | PT8H     | 0.75
            SlaRule_Callback | HIGH   | MEDIA   | CALLBACK     | PHONE   | PT2H      | PT8H       | PT2H   | PT8H     | 0.75
            SlaRule_Callback | null   | null    | CALLBACK     | null    | PT2H      | PT8H       | PT2H   | PT8H     | 0.75
            # High priority before journalists, faults, phone and feedback.
            SlaRule_02  | HIGH     | null                | null         | null    | PT4H      | PT16H      | PT1H   | PT8H     | 0.8
            SlaRule_02  | HIGH     | STAFF               | FAULT_REPORT | EMAIL   | PT4H      | PT16H      | PT1H   | PT8H     | 0.8
            SlaRule_02  | HIGH     | MEDIA               | FAULT_REPORT | PHONE   | PT4H      | PT16H      | PT1H   | PT8H     | 0.8
            SlaRule_02  | HIGH     | PUBLIC              | FEEDBACK     | VISIT   | PT4H      | PT16H      | PT1H   | PT8H     | 0.8
            # Journalists, at normal or low priority, before faults, phone and feedback.
            SlaRule_03  | NORMAL   | MEDIA               | SUPPORT      | EMAIL   | PT2H      | PT8H       | PT1H   | PT4H     | 0.8
            SlaRule_03  | NORMAL   | MEDIA               | FAULT_REPORT | PHONE   | PT2H      | PT8H       | PT1H   | PT4H     | 0.8
            SlaRule_03  | LOW      | MEDIA               | FEEDBACK     | WEB     | PT2H      | PT8H       | PT1H   | PT4H     | 0.8
            SlaRule_03  | null     | MEDIA               | null         | null    | PT2H      | PT8H       | PT1H   | PT4H     | 0.8
            # Fault reports before phone contacts.
            SlaRule_04  | NORMAL   | STAFF               | FAULT_REPORT | EMAIL   | PT4H      | PT24H      | PT1H   | PT16H    | 0.8
            SlaRule_04  | LOW      | STUDENT             | FAULT_REPORT | PHONE   | PT4H      | PT24H      | PT1H   | PT16H    | 0.8
            SlaRule_04  | null     | null                | FAULT_REPORT | null    | PT4H      | PT24H      | PT1H   | PT16H    | 0.8
            # Phone contacts before feedback: feedback by phone is called back the same day.
            SlaRule_05  | NORMAL   | STUDENT             | SUPPORT      | PHONE   | PT4H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_05  | LOW      | PUBLIC              | FEEDBACK     | PHONE   | PT4H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_05  | null     | null                | null         | PHONE   | PT4H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_06  | NORMAL   | PUBLIC              | FEEDBACK     | WEB     | PT16H     | PT80H      | PT8H   | PT40H    | 0.8
            SlaRule_06  | LOW      | null                | FEEDBACK     | VISIT   | PT16H     | PT80H      | PT8H   | PT40H    | 0.8
            # The catch-all.
            SlaRule_07  | null     | null                | null         | null    | PT8H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_07  | NORMAL   | STUDENT             | SUPPORT      | EMAIL   | PT8H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_07  | LOW      | OTHER               | ORDER        | VISIT   | PT8H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_07  | NORMAL   | PROSPECTIVE_STUDENT | SUPPORT      | WEB     | PT8H      | PT40H      | PT2H   | PT24H    | 0.8
            SlaRule_07  | NORMAL   | PUBLIC_AUTHORITY    | ORDER        | null    | PT8H      | PT40H      | PT2H   | PT24H    | 0.8
            """)
    void eachCaseGetsTheTargetsOfTheFirstMatchingRule(String rule, String priority, String customerGroup,
                                                      String caseType, String channel, String firstResponse,
                                                      String resolution, String triage, String handling,
                                                      double warningShare) {
        DmnDecisionResultEntries result = evaluate(priority, customerGroup, caseType, channel);

        assertThat(result.getEntryMap()).containsOnlyKeys(OUTPUTS)
                .containsEntry("firstResponse", firstResponse)
                .containsEntry("resolution", resolution)
                .containsEntry("triage", triage)
                .containsEntry("handling", handling)
                .containsEntry("warningShare", warningShare);
        assertThat(matchedRules()).as("the rule that won").containsExactly(rule);
    }

    /** When a rule is added or renumbered, add rows above for it. */
    @Test
    void theRowsCoverEveryRuleOfTheTable() throws Exception {
        Set<String> tested = new LinkedHashSet<>();
        var lines = getClass().getDeclaredMethod("eachCaseGetsTheTargetsOfTheFirstMatchingRule", String.class,
                        String.class, String.class, String.class, String.class, String.class, String.class,
                        String.class, String.class, double.class)
                .getAnnotation(CsvSource.class).textBlock().lines().toList();
        for (String line : lines) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                tested.add(line.split("\\|")[0].strip());
            }
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rules().stream().map(Rule::getId).toList());
        assertThat(table().getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    }

    @Test
    void theLastRuleCatchesEverything() {
        var rules = rules();
        Rule last = rules.get(rules.size() - 1);

        assertThat(last.getInputEntries()).extracting(entry -> entry.getText().getTextContent().strip())
                .containsOnly("-");
        assertThat(rules.subList(0, rules.size() - 1)).as("only the last rule matches everything")
                .allSatisfy(rule -> assertThat(rule.getInputEntries())
                        .anySatisfy(entry -> assertThat(entry.getText().getTextContent().strip()).isNotEqualTo("-")));
    }

    /**
     * Every value of the domain (and an unknown one) in each input gets exactly one row, both
     * alone and against a background that no specific rule names: the catch-all works and no
     * value falls through. (The full cross product, 1,125 FEEL evaluations, would take seconds.)
     */
    @Test
    void everyValueOfTheDomainGetsTargets() {
        List<List<String>> values = List.of(namesAndNull(Priority.values()), namesAndNull(CustomerGroup.values()),
                namesAndNull(CaseType.values()), namesAndNull(Channel.values()));
        List<String> unknown = Arrays.asList(null, null, null, null);
        List<String> plain = List.of(Priority.NORMAL.name(), CustomerGroup.STUDENT.name(), CaseType.SUPPORT.name(),
                Channel.EMAIL.name());
        int evaluated = 0;
        for (List<String> background : List.of(unknown, plain)) {
            for (int input = 0; input < INPUTS.size(); input++) {
                for (String value : values.get(input)) {
                    var inputs = new HashMap<String, Object>();
                    for (int i = 0; i < INPUTS.size(); i++) {
                        inputs.put(INPUTS.get(i), i == input ? value : background.get(i));
                    }
                    var result = engine.getDecisionService()
                            .evaluateDecisionTableByKey(SlaClockProcess.POLICY_DECISION_KEY, inputs);
                    assertThat(result).as(inputs.toString()).hasSize(1);
                    assertThat(result.getSingleResult().getEntryMap()).as(inputs.toString())
                            .containsOnlyKeys(OUTPUTS).doesNotContainValue(null);
                    evaluated++;
                }
            }
        }
        assertThat(evaluated).isEqualTo(2 * values.stream().mapToInt(List::size).sum());
    }

    // --- guards over every row -------------------------------------------------------------------

    @Test
    void everyTargetIsAPositiveIsoDuration() {
        for (Rule rule : rules()) {
            var outputs = outputs(rule);
            for (String name : List.of("firstResponse", "resolution", "triage", "handling")) {
                String text = outputs.get(name);
                assertThat(text).as("%s %s", rule.getId(), name).matches("\"[^\"]+\"");
                Duration duration = Duration.parse(unquote(text));
                assertThat(duration).as("%s %s", rule.getId(), name).isPositive();
            }
        }
    }

    @Test
    void resolutionIsNoSoonerThanFirstResponse_andTheLegsFitInsideTheResolution() {
        for (Rule rule : rules()) {
            var outputs = outputs(rule);
            Duration firstResponse = Duration.parse(unquote(outputs.get("firstResponse")));
            Duration resolution = Duration.parse(unquote(outputs.get("resolution")));
            Duration triage = Duration.parse(unquote(outputs.get("triage")));
            Duration handling = Duration.parse(unquote(outputs.get("handling")));

            assertThat(resolution).as(rule.getId() + " resolution >= first response").isGreaterThanOrEqualTo(firstResponse);
            assertThat(handling).as(rule.getId() + " handling <= resolution").isLessThanOrEqualTo(resolution);
            assertThat(triage).as(rule.getId() + " triage <= resolution").isLessThanOrEqualTo(resolution);
        }
    }

    @Test
    void theWarningShareLiesStrictlyBetweenZeroAndOne() {
        for (Rule rule : rules()) {
            double share = Double.parseDouble(outputs(rule).get("warningShare").strip());
            assertThat(share).as(rule.getId()).isStrictlyBetween(0.0, 1.0);
        }
    }

    /** A literal that is no enum constant (a typo such as "FAULT") would silently never match. */
    @Test
    void everyInputLiteralIsAConstantOfTheDomain() {
        Map<String, Set<String>> known = Map.of(
                "priority", names(Priority.values()),
                "customerGroup", names(CustomerGroup.values()),
                "caseType", names(CaseType.values()),
                "channel", names(Channel.values()));
        int literals = 0;
        for (Rule rule : rules()) {
            var entries = new ArrayList<>(rule.getInputEntries());
            for (int i = 0; i < INPUTS.size(); i++) {
                for (String literal : literals(entries.get(i))) {
                    assertThat(known.get(INPUTS.get(i))).as("%s %s", rule.getId(), INPUTS.get(i)).contains(literal);
                    literals++;
                }
            }
        }
        assertThat(literals).as("the table names some values").isPositive();
    }

    // --- DmnSlaPolicy itself -----------------------------------------------------------------

    @Test
    void dmnSlaPolicy_translatesTheEnumsAndTheOutputs() {
        var targets = policy().targetsFor(CaseType.FAULT_REPORT, Priority.URGENT, CustomerGroup.MEDIA, Channel.PHONE);

        assertThat(targets).isEqualTo(new SlaTargets(Duration.ofHours(1), Duration.ofHours(8),
                Duration.ofMinutes(30), Duration.ofHours(4), 0.8, "slaPolicy:1"));
        assertThat(policy().targetsFor(CaseType.FEEDBACK, Priority.NORMAL, CustomerGroup.PUBLIC, Channel.WEB))
                .isEqualTo(new SlaTargets(Duration.ofHours(16), Duration.ofHours(80),
                        Duration.ofHours(8), Duration.ofHours(40), 0.8, "slaPolicy:1"));
        // The argument order (type first) differs from the table's (priority first).
        assertThat(policy().targetsFor(CaseType.FAULT_REPORT, Priority.NORMAL, CustomerGroup.STAFF, Channel.EMAIL)
                .resolution()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void dmnSlaPolicy_unknownValuesGetTheCatchAll() {
        assertThat(policy().targetsFor(null, null, null, null)).isEqualTo(new SlaTargets(Duration.ofHours(8),
                Duration.ofHours(40), Duration.ofHours(2), Duration.ofHours(24), 0.8, "slaPolicy:1"));
    }

    /** A changed table is a new version; new cases get it, and the targets name it. */
    @Test
    void dmnSlaPolicy_usesTheLatestVersion_andNamesIt() throws IOException {
        String table;
        try (var in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = table.replace("id=\"Sla7_FirstResponse\"><text>\"PT8H\"", "id=\"Sla7_FirstResponse\"><text>\"PT6H\"");
        assertThat(changed).isNotEqualTo(table);
        var deployment = engine.getRepositoryService().createDeployment()
                .addInputStream(RESOURCE, new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)))
                .deploy();
        try {
            var targets = policy().targetsFor(CaseType.SUPPORT, Priority.NORMAL, CustomerGroup.STUDENT, Channel.EMAIL);

            assertThat(targets.firstResponse()).isEqualTo(Duration.ofHours(6));
            assertThat(targets.policyVersion()).isEqualTo("slaPolicy:2");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    /** Issue 18, item 10: a case's later legs are computed under the version it was registered under. */
    @Test
    void dmnSlaPolicy_evaluatesTheVersionItIsGiven_andTheLatestForAnUnknownOne() throws IOException {
        String table;
        try (var in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = table.replace("id=\"Sla7_FirstResponse\"><text>\"PT8H\"", "id=\"Sla7_FirstResponse\"><text>\"PT6H\"");
        var deployment = engine.getRepositoryService().createDeployment()
                .addInputStream(RESOURCE, new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)))
                .deploy();
        try {
            var registeredUnder = policy().targetsFor(CaseType.SUPPORT, Priority.NORMAL, CustomerGroup.STUDENT, Channel.EMAIL,
                    "slaPolicy:1");
            var gone = policy().targetsFor(CaseType.SUPPORT, Priority.NORMAL, CustomerGroup.STUDENT, Channel.EMAIL,
                    "slaPolicy:99");

            assertThat(registeredUnder.firstResponse()).isEqualTo(Duration.ofHours(8));
            assertThat(registeredUnder.policyVersion()).isEqualTo("slaPolicy:1");
            assertThat(gone.firstResponse()).isEqualTo(Duration.ofHours(6));
            assertThat(gone.policyVersion()).isEqualTo("slaPolicy:2");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** As DmnSlaPolicy does: every input present, null when unknown. */
    private static Map<String, Object> inputs(String priority, String customerGroup, String caseType, String channel) {
        var inputs = new HashMap<String, Object>();
        inputs.put("priority", priority);
        inputs.put("customerGroup", customerGroup);
        inputs.put("caseType", caseType);
        inputs.put("channel", channel);
        return inputs;
    }

    private DmnDecisionResultEntries evaluate(String priority, String customerGroup, String caseType, String channel) {
        var result = engine.getDecisionService().evaluateDecisionByKey(SlaClockProcess.POLICY_DECISION_KEY)
                .variables(inputs(priority, customerGroup, caseType, channel)).evaluate();
        assertThat(result).as("hit policy FIRST gives one result").hasSize(1);
        return result.getSingleResult();
    }

    /** The rules behind the outputs of the evaluations so far (each test has its own deployment and history). */
    private List<String> matchedRules() {
        List<HistoricDecisionInstance> evaluations = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(SlaClockProcess.POLICY_DECISION_KEY).includeOutputs().list();
        assertThat(evaluations).as("decision instances recorded").hasSize(1);
        return evaluations.get(0).getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
                .distinct().toList();
    }

    private DmnSlaPolicy policy() {
        var policy = new DmnSlaPolicy();
        policy.bootstrap = new TestEngineBootstrap(engine);
        return policy;
    }

    private DmnModelInstance model() {
        var definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(SlaClockProcess.POLICY_DECISION_KEY).latestVersion().singleResult();
        return engine.getRepositoryService().getDmnModelInstance(definition.getId());
    }

    private DecisionTable table() {
        Collection<DecisionTable> tables = model().getModelElementsByType(DecisionTable.class);
        assertThat(tables).hasSize(1);
        return tables.iterator().next();
    }

    private List<Rule> rules() {
        var table = table();
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent().strip())
                .containsExactlyElementsOf(INPUTS);
        assertThat(table.getOutputs()).extracting(output -> output.getName()).containsExactlyElementsOf(OUTPUTS);
        List<Rule> rules = new ArrayList<>(table.getRules());
        assertThat(rules).isNotEmpty();
        return rules;
    }

    /** The output entries of a rule by output name, as the raw FEEL text. */
    private Map<String, String> outputs(Rule rule) {
        List<LiteralExpression> entries = new ArrayList<>(rule.getOutputEntries());
        assertThat(entries).as(rule.getId()).hasSize(OUTPUTS.size());
        var byName = new HashMap<String, String>();
        for (int i = 0; i < OUTPUTS.size(); i++) {
            byName.put(OUTPUTS.get(i), entries.get(i).getText().getTextContent().strip());
        }
        return byName;
    }

    /** The quoted strings of an input entry such as {@code "a","b"}; none for {@code -}. */
    private static Set<String> literals(UnaryTests entry) {
        String text = entry.getText().getTextContent().strip();
        if (text.equals("-")) {
            return Set.of();
        }
        assertThat(text).as("only string literals and '-' are expected").matches("\"[^\"]+\"(\\s*,\\s*\"[^\"]+\")*");
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\"([^\"]+)\"").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String unquote(String text) {
        return text.strip().replaceAll("^\"|\"$", "");
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(toSet());
    }

    private static List<String> namesAndNull(Enum<?>[] values) {
        var names = new ArrayList<String>();
        names.add(null);
        Arrays.stream(values).map(Enum::name).forEach(names::add);
        return names;
    }
}
