package se.ingang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * SlaTargets is a copy of workflows' sla-policy.dmn, so generated deadlines look like the
 * application's. This test reads the table itself and checks the copy for every combination of
 * the values the table names (plus one it does not), so a changed table fails here instead of
 * silently making benchmark data that no longer matches. Only what the table uses today is
 * understood (a quoted value or "-"); anything else fails and asks for this test to learn it.
 */
class SlaTargetsMatchPolicyTest {

    static final Path TABLE = Path.of("../workflows/src/main/resources/dmn/sla-policy.dmn");
    static final String ANY_OTHER = "SOME_OTHER_VALUE";
    static final List<String> INPUTS = List.of("priority", "customerGroup", "caseType", "channel");
    static final List<String> OUTPUTS = List.of("firstResponse", "resolution", "triage", "handling", "warningShare");

    record Rule(List<String> when, List<String> then) {}

    static List<Rule> rules = new ArrayList<>();

    @BeforeAll
    static void readTable() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var table = (Element) factory.newDocumentBuilder().parse(TABLE.toFile())
                .getElementsByTagNameNS("*", "decisionTable").item(0);
        assertThat(table.getAttribute("hitPolicy")).as("hit policy").isEqualTo("FIRST");
        var inputs = table.getElementsByTagNameNS("*", "inputExpression");
        for (int i = 0; i < inputs.getLength(); i++) {
            assertThat(inputs.item(i).getTextContent().trim()).as("input " + i).isEqualTo(INPUTS.get(i));
        }
        var outputs = table.getElementsByTagNameNS("*", "output");
        for (int i = 0; i < outputs.getLength(); i++) {
            assertThat(((Element) outputs.item(i)).getAttribute("name")).as("output " + i).isEqualTo(OUTPUTS.get(i));
        }
        var ruleNodes = table.getElementsByTagNameNS("*", "rule");
        for (int r = 0; r < ruleNodes.getLength(); r++) {
            var rule = (Element) ruleNodes.item(r);
            rules.add(new Rule(texts(rule, "inputEntry"), texts(rule, "outputEntry")));
        }
        assertThat(rules).isNotEmpty();
    }

    @Test
    void everyCombinationGetsTheTablesTargets() {
        int checked = 0;
        for (String priority : valuesOf(0)) {
            for (String group : valuesOf(1)) {
                for (String type : valuesOf(2)) {
                    for (String channel : valuesOf(3)) {
                        var inputs = List.of(priority, group, type, channel);
                        assertThat(SlaTargets.of(priority, group, type, channel)).as("targets for " + inputs)
                                .isEqualTo(targets(firstMatch(inputs)));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(rules.size());
    }

    /** The quoted values the table names in one input column, and one value it names nowhere. */
    static Set<String> valuesOf(int column) {
        Set<String> values = new LinkedHashSet<>();
        for (Rule rule : rules) {
            String entry = rule.when().get(column);
            if (!entry.equals("-")) {
                values.add(unquote(entry));
            }
        }
        values.add(ANY_OTHER);
        return values;
    }

    static Rule firstMatch(List<String> inputs) {
        for (Rule rule : rules) {
            boolean matches = true;
            for (int i = 0; i < inputs.size(); i++) {
                String entry = rule.when().get(i);
                matches &= entry.equals("-") || unquote(entry).equals(inputs.get(i));
            }
            if (matches) {
                return rule;
            }
        }
        throw new AssertionError("no rule of the table matches " + inputs + "; its last row must match everything");
    }

    static SlaTargets targets(Rule rule) {
        var then = rule.then();
        return new SlaTargets(seconds(then.get(0)), seconds(then.get(1)), seconds(then.get(2)), seconds(then.get(3)),
                Double.parseDouble(then.get(4)));
    }

    static long seconds(String entry) {
        return Duration.parse(unquote(entry)).toSeconds();
    }

    static String unquote(String entry) {
        if (entry.length() < 2 || !entry.startsWith("\"") || !entry.endsWith("\"") || entry.indexOf('"', 1) != entry.length() - 1) {
            throw new AssertionError("this test understands a quoted value or \"-\", not: " + entry);
        }
        return entry.substring(1, entry.length() - 1);
    }

    static List<String> texts(Element rule, String tag) {
        var nodes = rule.getElementsByTagNameNS("*", tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
