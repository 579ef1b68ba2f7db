package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Second half of the restart check, in its own failsafe run and so on a newly started
 * server (same database): the timers BeforeRestartIT left behind still fire, once.
 */
@ExtendWith(ArquillianExtension.class)
class AfterRestartIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(AfterRestartIT.class);
    }

    @Test
    void timersFromBeforeTheRestartFireOnce() {
        String resolved = onlyCaseOf(BeforeRestartIT.RESOLVED_CUSTOMER);
        String waiting = onlyCaseOf(BeforeRestartIT.WAITING_CUSTOMER);
        var breachDue = Instant.parse(reads.deadline(waiting, "FIRST_RESPONSE").getString("dueAt"));
        var reopenTimer = Application.processEngine().getManagementService().createJobQuery().timers()
                .processInstanceId(Application.processEngine().getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(resolved).singleResult().getId())
                .singleResult();

        // The clock starts afresh with the server: move it past both timers. Every other test's
        // cases have timers due too, so the job executor has a backlog to work through first.
        var latest = reopenTimer.getDuedate().toInstant().isAfter(breachDue) ? reopenTimer.getDuedate().toInstant() : breachDue;
        Application.advanceClock(Duration.between(Application.clock().now(), latest.plusSeconds(60)));

        await().atMost(Duration.ofMinutes(5)).until(() -> reads.status(resolved).equals("CLOSED"));
        await().atMost(Duration.ofMinutes(5)).until(() -> !reads.deadline(waiting, "FIRST_RESPONSE").isNull("breachedAt"));
        await().atMost(Duration.ofMinutes(5)).until(() -> Mailbox.surveysOf(BeforeRestartIT.RESOLVED_CUSTOMER).size() == 1);

        assertThat(reads.events(resolved).stream().filter("CLOSED"::equals)).hasSize(1);
        assertThat(reads.timeline(waiting).stream()
                .filter(e -> !e.isNull("event") && e.getString("event").equals("SLA_BREACHED"))
                .filter(e -> e.getString("detail").startsWith("First response"))).hasSize(1);
        // Moving the clock days ahead fires the timers of every case in the database at once; two jobs on
        // one case may deadlock and the engine retries the loser. What must not happen is a job that gave up.
        assertThat(Application.processEngine().getManagementService().createJobQuery().noRetriesLeft().count())
                .as("no job out of retries").isZero();
        assertThat(Application.processEngine().getRuntimeService().createIncidentQuery().count()).as("no incidents").isZero();
    }

    private String onlyCaseOf(String email) {
        var list = api.get("/api/cases?customerEmail=" + email).json();
        assertThat(list.getJsonNumber("total").longValue()).as("left by BeforeRestartIT").isOne();
        return list.getJsonArray("items").getJsonObject(0).getString("number");
    }

}
