package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.InvalidInputException;

/** Case data and process state live in one transaction: they commit or vanish together. */
@ExtendWith(ArquillianExtension.class)
class CaseConsistencyIT {

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CaseConsistencyIT.class);
    }

    @Test
    void aFailureLeavesNeitherHalfACaseNorAnOrphanProcessInstance() throws Exception {
        String email = Contacts.uniqueEmail();
        var cases = Application.cases();
        var runtime = Application.processEngine().getRuntimeService();

        transaction.begin();
        var registered = cases.register(contact(email, "it-account"), "test");
        String number = registered.getNumber().value();
        // Inside the transaction both the case and its process instance exist...
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
        // ...then a later step of the same unit of work fails.
        assertThatThrownBy(() -> cases.register(contact(email, "no-such-topic"), "test"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(transaction::commit).isInstanceOf(RollbackException.class);

        assertThat(cases.list(new CaseQuery(null, null, null, email, null, 0, 10)).total()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
        assertThat(Application.processEngine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).count()).isZero();
    }

    @Test
    void aRoutingThatFailsInsideTheProcessLeavesTheCaseUntouched() {
        String email = Contacts.uniqueEmail();
        var cases = Application.cases();
        var registered = cases.register(contact(email, "it-account"), "test");
        String number = registered.getNumber().value();

        // The agent names a group that is a front-office profile: refused before anything moves.
        assertThatThrownBy(() -> cases.triage(number, new se.ingang.cases.boundary.TriageDecision(
                registered.getVersion(), null, null, null, null,
                se.ingang.cases.boundary.TriageDecision.Outcome.ROUTE, "fo-study", null, "note that must not stay"), "test"))
                .isInstanceOf(InvalidInputException.class);

        var reloaded = cases.find(number);
        assertThat(reloaded.getStatus().name()).isEqualTo("NEW");
        assertThat(reloaded.getVersion()).isEqualTo(registered.getVersion());
        assertThat(reloaded.getTimeline()).noneMatch(entry -> "note that must not stay".equals(entry.getBody()));
        assertThat(Application.processEngine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey()).isEqualTo("Task_TriageCase");
    }

    private static NewCase contact(String email, String topic) {
        return new NewCase(Channel.WEB, "Konsistens", "Ett meddelande", "Test Testsson", email, null,
                CustomerGroup.STUDENT, topic, null, null, null);
    }
}
