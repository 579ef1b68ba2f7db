package se.ingang.workflows.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.workflows.TestProcessEngine;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/**
 * Administering dmn/routing.dmn through CamundaRoutingTableStore on an in-memory engine:
 * the table as rules, a valid change deployed as the next version (and used), and every
 * kind of broken upload refused with nothing deployed.
 */
@Deployment(resources = "dmn/routing.dmn")
class RoutingTableAdministrationTest {

    private static final Set<String> GROUPS = Set.of("it-service-desk", "facilities", "admissions", "examinations",
            "finance", "hr", "communications", "registry");
    private static final Set<String> TOPICS = Set.of("it-account", "it-network", "it-software", "telephony",
            "premises-access", "premises-fault", "equipment", "admission", "exams", "degree", "tuition-fees",
            "official-documents", "invoices", "employment", "media", "other");

    @RegisterExtension
    static final TestProcessEngine ENGINE = TestProcessEngine.create(RoutingTableAdministrationTest.class, Map.of());

    /** Injected by the extension. */
    ProcessEngine engine;

    private CamundaRoutingTableStore store;
    private String shipped;

    @BeforeEach
    void setUp() {
        store = new CamundaRoutingTableStore();
        store.bootstrap = new ProcessEngineBootstrap() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }
        };
        try (var in = getClass().getClassLoader().getResourceAsStream("dmn/routing.dmn")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void removeUploads() {
        var repository = engine.getRepositoryService();
        repository.createDeploymentQuery().deploymentName(CamundaRoutingTableStore.DEPLOYMENT_NAME).list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void theCurrentTableShowsItsVersionColumnsAndRules() {
        var view = store.current();

        assertThat(view.decisionKey()).isEqualTo("routing");
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.hitPolicy()).isEqualTo("FIRST");
        assertThat(view.inputs()).extracting(c -> c.expression()).containsExactly("customerGroup", "caseType", "topic");
        assertThat(view.outputs()).extracting(c -> c.expression()).containsExactly("group", "priority");
        assertThat(view.rules()).hasSize(12);
        assertThat(view.rules().get(0).inputEntries()).containsExactly("\"MEDIA\"", "-", "-");
        assertThat(view.rules().get(0).outputEntries()).containsExactly("\"communications\"", "\"HIGH\"");
        assertThat(new String(store.currentXml(), StandardCharsets.UTF_8)).isEqualTo(shipped);
    }

    @Test
    void aValidChangeBecomesTheNextVersion_andRoutesNewDecisions() {
        String changed = shipped.replace("<outputEntry id=\"Rule1_Group\"><text>\"communications\"</text>",
                "<outputEntry id=\"Rule1_Group\"><text>\"registry\"</text>");
        assertThat(changed).isNotEqualTo(shipped);

        var view = store.deploy(changed.getBytes(StandardCharsets.UTF_8), GROUPS, TOPICS);

        assertThat(view.version()).isEqualTo(2);
        assertThat(view.rules().get(0).outputEntries()).startsWith("\"registry\"");
        var result = engine.getDecisionService().evaluateDecisionByKey("routing")
                .variables(RoutingTable.inputs(CustomerGroup.MEDIA, CaseType.SUPPORT, "exams")).evaluate();
        assertThat(result.getSingleResult().getEntryMap()).containsEntry("group", "registry");
    }

    @Test
    void xmlThatIsNotDmnIsRefused() {
        assertRefused("<definitions", "not a DMN");
        assertRefused("<html><body>hej</body></html>", "not a DMN");
    }

    @Test
    void anotherDecisionIdOrOtherColumnsAreRefused() {
        assertRefused(shipped.replace("<decision id=\"routing\"", "<decision id=\"routing2\""), "decision with id 'routing'");
        assertRefused(shipped.replace("<text>topic</text>", "<text>subject</text>"), "inputs must be exactly");
        assertRefused(shipped.replace("name=\"priority\"", "name=\"urgency\""), "outputs must be exactly");
        assertRefused(shipped.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\""), "hit policy");
    }

    @Test
    void aGroupThatIsNotABackOfficeGroup_anUnknownPriority_orABrokenExpressionIsRefused() {
        assertRefused(shipped.replace("<text>\"communications\"</text>", "<text>\"comunications\"</text>"), "'comunications'");
        assertRefused(shipped.replace("<outputEntry id=\"Rule1_Group\"><text>\"communications\"</text>",
                        "<outputEntry id=\"Rule1_Group\"><text>\"fo-it\"</text>"), "not a back-office group");
        assertRefused(shipped.replace("<outputEntry id=\"Rule1_Priority\"><text>\"HIGH\"</text>",
                "<outputEntry id=\"Rule1_Priority\"><text>\"SKY_HIGH\"</text>"), "SKY_HIGH");
        assertRefused(shipped.replace("<inputEntry id=\"Rule1_CustomerGroup\"><text>\"MEDIA\"</text>",
                "<inputEntry id=\"Rule1_CustomerGroup\"><text>\"MEDIA</text>"), "fails for");
    }

    @Test
    void aTableWithoutACatchAllIsRefused() {
        int last = shipped.lastIndexOf("<rule ");
        int end = shipped.indexOf("</rule>", last) + "</rule>".length();
        assertRefused(shipped.substring(0, last) + shipped.substring(end), "no rule gives a group");
    }

    /** Issue 16, item 1: a JUEL entry ran Runtime.exec while the upload was being tried out, even when refused. */
    @Test
    void anUploadThatWouldRunACommandIsRefusedAndRunsNothing(@TempDir Path dir) {
        Path marker = dir.resolve("ran");
        String attack = shipped.replace("<outputEntry id=\"Rule1_Group\"><text>\"communications\"</text>",
                "<outputEntry id=\"Rule1_Group\" expressionLanguage=\"juel\"><text>" + exec(marker) + "</text>");
        assertThat(attack).isNotEqualTo(shipped);

        assertThatThrownBy(() -> store.deploy(attack.getBytes(StandardCharsets.UTF_8), GROUPS, TOPICS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only FEEL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Process"));
        assertThat(marker).as("the command never ran").doesNotExist();
        assertThat(store.current().version()).isEqualTo(1);
    }

    /** The second wall: a table that reached the engine some other way still cannot run JUEL. */
    @Test
    void aJuelTableDeployedPastTheUploadFailsInsteadOfRunning(@TempDir Path dir) {
        Path marker = dir.resolve("ran");
        String juel = shipped.replace("<outputEntry id=\"Rule1_Group\"><text>\"communications\"</text>",
                "<outputEntry id=\"Rule1_Group\" expressionLanguage=\"juel\"><text>" + exec(marker) + "</text>");
        engine.getRepositoryService().createDeployment().name(CamundaRoutingTableStore.DEPLOYMENT_NAME)
                .addString("dmn/routing.dmn", juel).deploy();

        assertThatThrownBy(() -> engine.getDecisionService().evaluateDecisionByKey("routing")
                .variables(RoutingTable.inputs(CustomerGroup.MEDIA, CaseType.SUPPORT, "exams")).evaluate())
                .hasStackTraceContaining("FEEL only");
        assertThat(marker).as("the command never ran").doesNotExist();
    }

    /** JUEL that runs a command and waits for it (so the file exists when evaluation returns). */
    private static String exec(Path marker) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker
                + "').waitFor()}";
    }

    private void assertRefused(String xml, String reason) {
        assertThatThrownBy(() -> store.deploy(xml.getBytes(StandardCharsets.UTF_8), GROUPS, TOPICS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(reason);
        assertThat(store.current().version()).as("nothing deployed").isEqualTo(1);
    }
}
