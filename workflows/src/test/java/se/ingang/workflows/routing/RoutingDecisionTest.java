package se.ingang.workflows.routing;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.ingang.cases.control.RoutingSuggestion;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.workflows.TestProcessEngine;
import se.ingang.workflows.engine.ProcessModels;

/**
 * Every rule of dmn/routing.dmn, evaluated as CamundaCaseProcess.suggestRouting does. Each
 * row names the rule that must win (checked in the decision history), so the FIRST hit
 * policy's ordering — specific rows before general ones — is tested, not just the outcome.
 * The models are deployed once, by the application's own ProcessModels.deploy.
 */
class RoutingDecisionTest {

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(RoutingDecisionTest.class, Map.of());

    /** Once for the class, as the application deploys them (bpmn/case-lifecycle.bpmn and dmn/routing.dmn). */
    @BeforeAll
    static void deployModels() {
        ProcessModels.deploy(ENGINE.getRepositoryService());
    }

    private final DecisionService decisionService = ENGINE.getDecisionService();
    private final HistoryService historyService = ENGINE.getHistoryService();
    private final RepositoryService repositoryService = ENGINE.getRepositoryService();

    record Row(String rule, CustomerGroup customerGroup, CaseType type, String topic, String group, Priority priority) {
        @Override
        public String toString() {
            return rule + ": " + customerGroup + " / " + type + " / " + topic + " -> " + group + " " + priority;
        }
    }

    private static Row row(String rule, CustomerGroup customerGroup, CaseType type, String topic,
                           String group, Priority priority) {
        return new Row(rule, customerGroup, type, topic, group, priority);
    }

    static List<Row> rows() {
        var s = CustomerGroup.STUDENT;
        var support = CaseType.SUPPORT;
        return List.of(
                // Journalists get the press office, whatever they ask about — even topics a later row owns.
                row("Rule_01", CustomerGroup.MEDIA, null, null, "communications", Priority.HIGH),
                row("Rule_01", CustomerGroup.MEDIA, support, "exams", "communications", Priority.HIGH),
                row("Rule_01", CustomerGroup.MEDIA, CaseType.FAULT_REPORT, "premises-fault", "communications", Priority.HIGH),
                row("Rule_01", CustomerGroup.MEDIA, CaseType.ORDER, "it-account", "communications", Priority.HIGH),
                // IT and telephony.
                row("Rule_02", s, support, "it-account", "it-service-desk", Priority.NORMAL),
                row("Rule_02", CustomerGroup.STAFF, CaseType.FAULT_REPORT, "it-network", "it-service-desk", Priority.NORMAL),
                row("Rule_02", null, null, "it-software", "it-service-desk", Priority.NORMAL),
                row("Rule_02", CustomerGroup.PROSPECTIVE_STUDENT, support, "telephony", "it-service-desk", Priority.NORMAL),
                // A fault report about a building is urgent; other premises questions are not.
                row("Rule_03", CustomerGroup.STAFF, CaseType.FAULT_REPORT, "premises-fault", "facilities", Priority.HIGH),
                row("Rule_03", null, CaseType.FAULT_REPORT, "premises-fault", "facilities", Priority.HIGH),
                row("Rule_04", CustomerGroup.STAFF, support, "premises-fault", "facilities", Priority.NORMAL),
                row("Rule_04", CustomerGroup.STAFF, null, "premises-fault", "facilities", Priority.NORMAL),
                row("Rule_04", s, CaseType.FAULT_REPORT, "premises-access", "facilities", Priority.NORMAL),
                row("Rule_04", CustomerGroup.STAFF, CaseType.FAULT_REPORT, "equipment", "facilities", Priority.NORMAL),
                // Applicants about admission first; everyone else's admission questions after.
                row("Rule_05", CustomerGroup.PROSPECTIVE_STUDENT, support, "admission", "admissions", Priority.HIGH),
                row("Rule_05", CustomerGroup.PROSPECTIVE_STUDENT, null, "admission", "admissions", Priority.HIGH),
                row("Rule_06", s, support, "admission", "admissions", Priority.NORMAL),
                row("Rule_06", null, null, "admission", "admissions", Priority.NORMAL),
                row("Rule_07", CustomerGroup.PROSPECTIVE_STUDENT, support, "exams", "examinations", Priority.NORMAL),
                row("Rule_07", s, CaseType.ORDER, "degree", "examinations", Priority.NORMAL),
                row("Rule_08", s, support, "tuition-fees", "finance", Priority.NORMAL),
                row("Rule_08", CustomerGroup.PARTNER, CaseType.ORDER, "invoices", "finance", Priority.NORMAL),
                row("Rule_09", CustomerGroup.PUBLIC, support, "employment", "hr", Priority.NORMAL),
                row("Rule_10", CustomerGroup.PUBLIC, support, "media", "communications", Priority.HIGH),
                row("Rule_11", CustomerGroup.PUBLIC_AUTHORITY, CaseType.ORDER, "official-documents", "registry", Priority.HIGH),
                // The catch-all.
                row("Rule_12", null, null, null, "registry", Priority.NORMAL),
                row("Rule_12", s, support, null, "registry", Priority.NORMAL),
                row("Rule_12", CustomerGroup.OTHER, CaseType.FEEDBACK, "other", "registry", Priority.NORMAL),
                row("Rule_12", CustomerGroup.PROSPECTIVE_STUDENT, CaseType.FAULT_REPORT, "no-such-topic", "registry", Priority.NORMAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void routesByTheFirstMatchingRule(Row row) {
        Set<String> before = decisionInstanceIds();

        DmnDecisionResult result = decisionService.evaluateDecisionByKey(RoutingTable.DECISION_KEY)
                .variables(RoutingTable.inputs(row.customerGroup(), row.type(), row.topic()))
                .evaluate();

        assertThat(result).hasSize(1);
        assertThat(RoutingTable.toSuggestion(result.getFirstResult().getEntryMap()))
                .contains(new RoutingSuggestion(row.group(), row.priority()));

        HistoricDecisionInstance evaluation = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(RoutingTable.DECISION_KEY)
                .includeOutputs()
                .list().stream()
                .filter(instance -> !before.contains(instance.getId()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one new decision instance");
                })
                .orElseThrow(() -> new AssertionError("no decision instance recorded"));
        assertThat(evaluation.getOutputs())
                .isNotEmpty()
                .extracting(HistoricDecisionOutputInstance::getRuleId)
                .containsOnly(row.rule());
    }

    /** When a rule is added or renumbered, add a row above for it. */
    @Test
    void theRowsCoverEveryRuleOfTheTable() {
        Set<String> tableRules = rules().stream().map(Rule::getId).collect(toSet());
        Set<String> testedRules = rows().stream().map(Row::rule).collect(toSet());

        assertThat(testedRules).containsExactlyInAnyOrderElementsOf(tableRules);
        assertThat(table().getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    }

    @Test
    void theLastRuleCatchesEverything() {
        Rule last = rules().get(rules().size() - 1);

        assertThat(last.getInputEntries()).extracting(entry -> entry.getText().getTextContent().trim())
                .containsOnly("-");
    }

    /** A literal that is no enum constant (a typo such as "PROSPECTIVE_STUDENTS") would silently never match. */
    @Test
    void everyLiteralIsAConstantOfTheDomain() {
        for (Rule rule : rules()) {
            var inputs = new ArrayList<>(rule.getInputEntries());
            var outputs = new ArrayList<>(rule.getOutputEntries());
            for (String customerGroup : literals(inputs.get(0))) {
                assertThat(CustomerGroup.valueOf(customerGroup)).as(rule.getId()).isNotNull();
            }
            for (String caseType : literals(inputs.get(1))) {
                assertThat(CaseType.valueOf(caseType)).as(rule.getId()).isNotNull();
            }
            assertThat(literals(outputs.get(1))).as(rule.getId()).singleElement()
                    .satisfies(priority -> assertThat(Priority.valueOf(priority)).isNotNull());
        }
    }

    /** The table refers to codes from the migrations (V2__organisation.sql); administrators change both together. */
    @Test
    void everyGroupIsABackOfficeGroupAndEveryTopicExists() throws Exception {
        String sql = migrations();
        Set<String> backOfficeGroups = matches(sql, "\\('([a-z0-9-]+)',\\s*'[^']*',\\s*'BACK_OFFICE'\\)");
        Set<String> topics = matches(sql, "SELECT '([a-z0-9-]+)'");
        assertThat(backOfficeGroups).contains("registry");
        assertThat(topics).contains("it-account");

        for (Rule rule : rules()) {
            var inputs = new ArrayList<>(rule.getInputEntries());
            var outputs = new ArrayList<>(rule.getOutputEntries());
            assertThat(literals(inputs.get(2))).as(rule.getId() + " topics").isSubsetOf(topics);
            assertThat(literals(outputs.get(0))).as(rule.getId() + " group").singleElement()
                    .isIn(backOfficeGroups);
        }
    }

    // --- RoutingTable's translation ------------------------------------------------------

    @Test
    void inputsUseTheEnumNames() {
        assertThat(RoutingTable.inputs(CustomerGroup.PROSPECTIVE_STUDENT, CaseType.FAULT_REPORT, "premises-fault"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        RoutingTable.INPUT_CUSTOMER_GROUP, "PROSPECTIVE_STUDENT",
                        RoutingTable.INPUT_CASE_TYPE, "FAULT_REPORT",
                        RoutingTable.INPUT_TOPIC, "premises-fault"));
    }

    /** The table reads every input, so an unknown value must be present as null, not missing. */
    @Test
    void inputsKeepUnknownValuesAsNulls() {
        assertThat(RoutingTable.inputs(null, null, null))
                .hasSize(3)
                .containsEntry(RoutingTable.INPUT_CUSTOMER_GROUP, null)
                .containsEntry(RoutingTable.INPUT_CASE_TYPE, null)
                .containsEntry(RoutingTable.INPUT_TOPIC, null);
    }

    @Test
    void toSuggestionTranslatesGroupAndPriority() {
        assertThat(RoutingTable.toSuggestion(Map.of(RoutingTable.OUTPUT_GROUP, "facilities",
                RoutingTable.OUTPUT_PRIORITY, "HIGH")))
                .contains(new RoutingSuggestion("facilities", Priority.HIGH));
    }

    @Test
    void toSuggestionWithoutPriorityHasNoPriority() {
        var result = new HashMap<String, Object>();
        result.put(RoutingTable.OUTPUT_GROUP, "hr");
        result.put(RoutingTable.OUTPUT_PRIORITY, null);

        assertThat(RoutingTable.toSuggestion(result)).contains(new RoutingSuggestion("hr", null));
        assertThat(RoutingTable.toSuggestion(Map.of(RoutingTable.OUTPUT_GROUP, "hr")))
                .contains(new RoutingSuggestion("hr", null));
    }

    @Test
    void toSuggestionIgnoresAPriorityTheDomainDoesNotKnow() {
        assertThat(RoutingTable.toSuggestion(Map.of(RoutingTable.OUTPUT_GROUP, "hr", RoutingTable.OUTPUT_PRIORITY, "MEDIUM")))
                .contains(new RoutingSuggestion("hr", null));
    }

    @Test
    void toSuggestionWithoutGroupIsEmpty() {
        var noGroup = new HashMap<String, Object>();
        noGroup.put(RoutingTable.OUTPUT_GROUP, null);
        noGroup.put(RoutingTable.OUTPUT_PRIORITY, "HIGH");

        assertThat(RoutingTable.toSuggestion(null)).isEqualTo(Optional.empty());
        assertThat(RoutingTable.toSuggestion(Map.of())).isEmpty();
        assertThat(RoutingTable.toSuggestion(noGroup)).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------

    private Set<String> decisionInstanceIds() {
        return historyService.createHistoricDecisionInstanceQuery().list().stream()
                .map(HistoricDecisionInstance::getId)
                .collect(toSet());
    }

    private DmnModelInstance model() {
        var definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingTable.DECISION_KEY).latestVersion().singleResult();
        return repositoryService.getDmnModelInstance(definition.getId());
    }

    private DecisionTable table() {
        Collection<DecisionTable> tables = model().getModelElementsByType(DecisionTable.class);
        assertThat(tables).hasSize(1);
        return tables.iterator().next();
    }

    private List<Rule> rules() {
        var table = table();
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
                .containsExactly(RoutingTable.INPUT_CUSTOMER_GROUP, RoutingTable.INPUT_CASE_TYPE, RoutingTable.INPUT_TOPIC);
        assertThat(table.getOutputs()).extracting(output -> output.getName())
                .containsExactly(RoutingTable.OUTPUT_GROUP, RoutingTable.OUTPUT_PRIORITY);
        return new ArrayList<>(table.getRules());
    }

    private static Set<String> literals(InputEntry entry) {
        return literals(entry.getText().getTextContent());
    }

    private static Set<String> literals(OutputEntry entry) {
        return literals(entry.getText().getTextContent());
    }

    /** The quoted strings of an entry such as {@code "a","b"}; an empty set for {@code -}. */
    private static Set<String> literals(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("-")) {
            return Set.of();
        }
        assertThat(trimmed).as("only string literals and '-' are expected").matches("\"[^\"]+\"(\\s*,\\s*\"[^\"]+\")*");
        return matches(trimmed, "\"([^\"]+)\"");
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** All Flyway migrations of the ejb module, from its jar or classes directory. */
    private static String migrations() throws IOException, URISyntaxException {
        Path location = Path.of(CaseType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var sql = new StringBuilder();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve("db/migration"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                    sql.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            }
        } else {
            try (var jar = new JarFile(location.toFile())) {
                var entries = jar.stream()
                        .filter(e -> e.getName().startsWith("db/migration/") && e.getName().endsWith(".sql"))
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .toList();
                for (var entry : entries) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
        }
        assertThat(sql).as("migrations found at " + location).contains("BACK_OFFICE");
        return sql.toString();
    }
}
