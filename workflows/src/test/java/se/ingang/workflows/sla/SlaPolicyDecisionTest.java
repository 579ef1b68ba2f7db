package se.ingang.workflows.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.workflows.TestProcessEngine;

/** dmn/sla-policy.dmn: every rule, the FIRST order, the catch-all, and sane targets in every row. */
@Deployment(resources = "dmn/sla-policy.dmn")
class SlaPolicyDecisionTest {

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(SlaPolicyDecisionTest.class, Map.of());

    ProcessEngine engine;

    private Map<String, Object> targets(String priority, String group, String type, String channel) {
        var inputs = new HashMap<String, Object>();
        inputs.put("priority", priority);
        inputs.put("customerGroup", group);
        inputs.put("caseType", type);
        inputs.put("channel", channel);
        return engine.getDecisionService().evaluateDecisionByKey(SlaClockProcess.POLICY_DECISION_KEY)
                .variables(inputs).evaluate().getSingleResult().getEntryMap();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}/{5}")
    @CsvSource(nullValues = "null", value = {
            "URGENT, MEDIA,   FAULT_REPORT, PHONE, PT1H,  PT8H,  PT30M, PT4H",
            "HIGH,   STUDENT, FAULT_REPORT, EMAIL, PT4H,  PT16H, PT1H,  PT8H",
            "NORMAL, MEDIA,   SUPPORT,      WEB,   PT2H,  PT8H,  PT1H,  PT4H",
            "NORMAL, STAFF,   FAULT_REPORT, EMAIL, PT4H,  PT24H, PT1H,  PT16H",
            "NORMAL, STUDENT, SUPPORT,      PHONE, PT4H,  PT40H, PT2H,  PT24H",
            "LOW,    PUBLIC,  FEEDBACK,     WEB,   PT16H, PT80H, PT8H,  PT40H",
            "NORMAL, STUDENT, SUPPORT,      EMAIL, PT8H,  PT40H, PT2H,  PT24H",
            "null,   null,    null,         null,  PT8H,  PT40H, PT2H,  PT24H"})
    void eachRuleGivesItsTargets(String priority, String group, String type, String channel,
                                 String firstResponse, String resolution, String triage, String handling) {
        var targets = targets(priority, group, type, channel);
        assertThat(targets).containsEntry("firstResponse", firstResponse).containsEntry("resolution", resolution)
                .containsEntry("triage", triage).containsEntry("handling", handling).containsEntry("warningShare", 0.8);
    }

    @Test
    void everyRowHasSaneTargetsAndKnownInputValues() throws Exception {
        String table;
        try (var in = getClass().getClassLoader().getResourceAsStream("dmn/sla-policy.dmn")) {
            table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var rules = table.split("<rule ");
        assertThat(rules).hasSizeGreaterThan(1);
        for (int i = 1; i < rules.length; i++) {
            var out = Pattern.compile("<outputEntry id=\"Sla\\d+_(\\w+)\"><text>\"?([^<\"]*)\"?</text>").matcher(rules[i]);
            var values = new HashMap<String, String>();
            while (out.find()) {
                values.put(out.group(1), out.group(2));
            }
            var first = Duration.parse(values.get("FirstResponse"));
            var resolution = Duration.parse(values.get("Resolution"));
            var handling = Duration.parse(values.get("Handling"));
            assertThat(first).isPositive();
            assertThat(Duration.parse(values.get("Triage"))).isPositive();
            assertThat(resolution).isGreaterThanOrEqualTo(first).isGreaterThanOrEqualTo(handling);
            assertThat(Double.parseDouble(values.get("WarningShare"))).isStrictlyBetween(0.0, 1.0);
        }
        var literals = Pattern.compile("<inputEntry[^>]*><text>\"([A-Z_]+)\"</text>").matcher(table);
        var known = new java.util.HashSet<String>();
        for (var values : new Enum<?>[][] {Priority.values(), CustomerGroup.values(), CaseType.values(), Channel.values()}) {
            Arrays.stream(values).forEach(v -> known.add(v.name()));
        }
        while (literals.find()) {
            assertThat(known).as("input value in sla-policy.dmn").contains(literals.group(1));
        }
    }
}
