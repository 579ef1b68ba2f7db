package se.ingang.workflows.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.routing.control.RoutingTableStore;
import se.ingang.routing.control.RoutingTableView;
import se.ingang.workflows.engine.FeelOnlyDmn;
import se.ingang.workflows.engine.ProcessEngineBootstrap;

/**
 * The routing table in the process engine. An upload is validated with the engine's own
 * DMN engine (RoutingTableValidator) and deployed under its own deployment name, so the
 * start-up deployment of the shipped models (ProcessModels, changed resources only) does
 * not put the shipped table back in front of an uploaded one unless the shipped file changes.
 */
@ApplicationScoped
public class CamundaRoutingTableStore implements RoutingTableStore {

    public static final String DEPLOYMENT_NAME = "ingang-routing-uploads";
    static final String RESOURCE_NAME = "dmn/routing.dmn";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public RoutingTableView current() {
        var definition = latest();
        var table = RoutingTableValidator.routingTable(Dmn.readModelFromStream(new ByteArrayInputStream(xmlOf(definition))));
        var deployment = engine().getRepositoryService().createDeploymentQuery()
                .deploymentId(definition.getDeploymentId()).singleResult();
        var inputs = table.getInputs().stream().map(input -> new RoutingTableView.Column(input.getId(), input.getLabel(),
                text(input.getInputExpression().getText()))).toList();
        var outputs = table.getOutputs().stream()
                .map(output -> new RoutingTableView.Column(output.getId(), output.getLabel(), output.getName())).toList();
        var rules = table.getRules().stream().map(CamundaRoutingTableStore::rule).toList();
        return new RoutingTableView(definition.getKey(), definition.getName(), definition.getVersion(), definition.getDeploymentId(),
                deployment.getDeploymentTime().toInstant(), table.getHitPolicy().toString(), inputs, outputs, rules);
    }

    @Override
    public byte[] currentXml() {
        return xmlOf(latest());
    }

    @Override
    public RoutingTableView deploy(byte[] dmnXml, Set<String> backOfficeGroups, Set<String> topics) {
        RoutingTableValidator.validate(dmnXml, dmnEngine(), backOfficeGroups, topics);
        engine().getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("routing table upload")
                .addInputStream(RESOURCE_NAME, new ByteArrayInputStream(dmnXml))
                .deploy();
        return current();
    }

    private static RoutingTableView.Rule rule(Rule rule) {
        String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent().trim();
        return new RoutingTableView.Rule(rule.getId(), description,
                rule.getInputEntries().stream().map(entry -> text(entry.getText())).toList(),
                rule.getOutputEntries().stream().map(entry -> text(entry.getText())).toList());
    }

    private static String text(Text text) {
        return text == null ? null : text.getTextContent().trim();
    }

    private DecisionDefinition latest() {
        var definition = engine().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingTable.DECISION_KEY).latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException("Decision", RoutingTable.DECISION_KEY);
        }
        return definition;
    }

    private byte[] xmlOf(DecisionDefinition definition) {
        try (var stream = engine().getRepositoryService().getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stand-alone DMN engine configured as the process engine's (FEEL only), built on first
     * use, once; the process engine's own one parses only inside its commands.
     */
    private static org.camunda.bpm.dmn.engine.DmnEngine dmnEngine() {
        return StandaloneDmn.ENGINE;
    }

    private static final class StandaloneDmn {
        static final org.camunda.bpm.dmn.engine.DmnEngine ENGINE = FeelOnlyDmn.standaloneEngine();
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
