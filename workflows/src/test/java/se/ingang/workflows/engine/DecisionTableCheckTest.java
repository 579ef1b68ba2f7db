package se.ingang.workflows.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.InvalidInputException;

/**
 * The structural check of uploaded decision tables: the shipped tables (as Camunda Modeler
 * writes them) pass; every way of getting something other than FEEL into a table is refused
 * by its XML alone, with a reason the administrator can act on.
 */
class DecisionTableCheckTest {

    private final String routing = shipped("dmn/routing.dmn");

    @Test
    void theShippedTablesPass() {
        assertThatCode(() -> check(routing, "routing")).doesNotThrowAnyException();
        assertThatCode(() -> check(shipped("dmn/sla-policy.dmn"), "slaPolicy")).doesNotThrowAnyException();
    }

    @Test
    void aTableWithItsDiagramAsCamundaModelerWritesItPasses() {
        String withDiagram = routing.replace("</definitions>", """
                  <dmndi:DMNDI xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/">
                    <dmndi:DMNDiagram id="DMNDiagram_1">
                      <dmndi:DMNShape id="DMNShape_1" dmnElementRef="routing"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape>
                    </dmndi:DMNDiagram>
                  </dmndi:DMNDI>
                </definitions>""");
        assertThatCode(() -> check(withDiagram, "routing")).doesNotThrowAnyException();
    }

    @Test
    void anEntryInJuelIsRefused() {
        refused(routing.replace("<outputEntry id=\"Rule1_Group\">", "<outputEntry id=\"Rule1_Group\" expressionLanguage=\"juel\">"),
                "only FEEL", "'juel'");
        refused(routing.replace("<inputExpression id=\"InputExpression_Topic\"",
                "<inputExpression id=\"InputExpression_Topic\" expressionLanguage=\"JUEL\""), "only FEEL");
    }

    @Test
    void scriptLanguagesAndADocumentWideLanguageAreRefused() {
        refused(routing.replace("<inputEntry id=\"Rule1_CustomerGroup\">",
                "<inputEntry id=\"Rule1_CustomerGroup\" expressionLanguage=\"javascript\">"), "'javascript'");
        refused(routing.replace("<outputEntry id=\"Rule1_Priority\">",
                "<outputEntry id=\"Rule1_Priority\" expressionLanguage=\"groovy\">"), "'groovy'");
        refused(routing.replace("id=\"Definitions_Routing\"", "id=\"Definitions_Routing\" expressionLanguage=\"juel\""), "only FEEL");
    }

    @Test
    void feelUnderAnyOfItsNamesPasses() {
        for (String feel : new String[] {"feel", "FEEL", "https://www.omg.org/spec/DMN/20191111/FEEL/", "http://www.omg.org/spec/FEEL/20140401"}) {
            assertThatCode(() -> check(routing.replace("<outputEntry id=\"Rule1_Group\">",
                    "<outputEntry id=\"Rule1_Group\" expressionLanguage=\"" + feel + "\">"), "routing")).doesNotThrowAnyException();
        }
    }

    @Test
    void externalFunctionsAreRefused() {
        refused(routing.replace("<text>\"communications\"</text>", """
                <text>{ f: function(x) external { java: { class: "java.lang.System", method signature: "exit(int)" } }, r: f(1) }.r</text>"""),
                "external functions");
    }

    @Test
    void otherKindsOfDecisionAndASecondDecisionAreRefused() {
        refused(routing.replace("</definitions>", """
                  <decision id="other" name="Other"><literalExpression expressionLanguage="juel"><text>${1}</text></literalExpression></decision>
                </definitions>"""), "<literalExpression>");
        refused(routing.replace("</definitions>", """
                  <decision id="other" name="Other"><decisionTable id="T2"><output id="O2" name="x" /></decisionTable></decision>
                </definitions>"""), "exactly one decision");
        refused(routing.replace("</definitions>", "<businessKnowledgeModel id=\"bkm\" /></definitions>"), "<businessKnowledgeModel>");
        refused(routing.replace("<decisionTable ", "<informationRequirement id=\"r\"><requiredDecision href=\"#x\" /></informationRequirement><decisionTable "),
                "<informationRequirement>");
    }

    @Test
    void elementsAndAttributesOfOtherNamespacesAreRefused() {
        refused(routing.replace("<decisionTable ", "<x:script xmlns:x=\"urn:x\">run</x:script><decisionTable "), "<x:script>");
        refused(routing.replace("camunda:historyTimeToLive=\"P180D\"", "camunda:historyTimeToLive=\"P180D\" camunda:other=\"1\""),
                "camunda:other");
    }

    @Test
    void aDoctypeOrEntitiesAreRefusedBeforeAnythingIsRead() {
        refused("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + routing.substring(routing.indexOf("<definitions")).replace("Journalists get", "&x; Journalists get"),
                "DOCTYPE");
    }

    @Test
    void somethingThatIsNotDmnIsRefused() {
        refused("<definitions", "not a DMN");
        refused("<html><body>hej</body></html>", "not a DMN");
        refused("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" />", "not a DMN");
    }

    private static void check(String xml, String key) {
        DecisionTableCheck.check(xml.getBytes(StandardCharsets.UTF_8), key, "dmn");
    }

    private static void refused(String xml, String... reasons) {
        var thrown = assertThatThrownBy(() -> check(xml, "routing")).isInstanceOf(InvalidInputException.class);
        for (String reason : reasons) {
            thrown.hasMessageContaining(reason);
        }
    }

    private static String shipped(String resource) {
        try (var in = DecisionTableCheckTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
