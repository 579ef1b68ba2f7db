package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.workflows.lifecycle.CaseLifecycle;

/**
 * First half of the restart check (the second half, AfterRestartIT, runs on a newly
 * started server): leaves a resolved case waiting in its reopen window and a new case
 * whose SLA timers are pending. They are found again by their customers' addresses.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE) // last: tests that move the clock must not fire these timers before the restart
class BeforeRestartIT {

    static final String RESOLVED_CUSTOMER = "fore-omstart-lost@example.se";
    static final String WAITING_CUSTOMER = "fore-omstart-vantar@example.se";

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(BeforeRestartIT.class);
    }

    @Test
    void leavesTimersPendingForTheRestart() {
        var resolvedCase = api.post("/api/cases", Contacts.newCase(RESOLVED_CUSTOMER, "degree")).json();
        String resolved = resolvedCase.getString("number");
        var triaged = api.post("/api/cases/" + resolved + "/triage", Contacts.withVersion(resolvedCase)
                .add("outcome", "RESOLVE").add("reply", "Beviset skickas i dag.").build());
        assertThat(triaged.json().getString("status")).isEqualTo("RESOLVED");

        String waiting = api.post("/api/cases", Contacts.newCase(WAITING_CUSTOMER, "exams")).json().getString("number");

        var jobs = Application.processEngine().getManagementService().createJobQuery().timers();
        var lifecycle = Application.processEngine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(resolved).singleResult();
        assertThat(jobs.processInstanceId(lifecycle.getId()).count()).as("the reopen-window timer").isOne();
        assertThat(Application.processEngine().getRuntimeService().getActiveActivityIds(lifecycle.getId()))
                .containsExactly(CaseLifecycle.GATEWAY_REOPEN_WINDOW);
        assertThat(api.get("/api/cases/" + waiting + "/deadlines").status()).isEqualTo(200);
        assertThat(api.get("/api/cases?customerEmail=" + WAITING_CUSTOMER).json().getJsonNumber("total").longValue()).isOne();
    }
}
