package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.workflows.lifecycle.CaseLifecycle;

/** A case's whole lifecycle through the REST API, with the process engine checked alongside. */
@ExtendWith(ArquillianExtension.class)
class CaseLifecycleIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CaseLifecycleIT.class);
    }

    @Test
    void caseIsTriagedRoutedHandledResolvedAndClosedAfterTheReopenWindow() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");
        assertThat(number).matches("\\d{4}-\\d{6}");
        assertThat(created.location()).endsWith("/api/cases/" + number);
        assertThat(created.json().getString("status")).isEqualTo("NEW");
        assertThat(created.json().getString("queue")).isEqualTo("fo-it");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.TASK_TRIAGE_CASE);
        assertThat(candidateGroups(number)).containsExactly("fo-it");

        var suggestion = api.get("/api/cases/" + number + "/routing-suggestion");
        assertThat(suggestion.json().getString("group")).isEqualTo("it-service-desk");

        var triaged = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created.json())
                .add("outcome", "ROUTE").add("type", "SUPPORT").add("note", "Kontot verkar låst.").build());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        assertThat(triaged.json().getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(triaged.json().getString("queue")).isEqualTo("it-service-desk");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.TASK_HANDLE_CASE);
        assertThat(candidateGroups(number)).containsExactly("it-service-desk");

        String handler = Application.newStaffMember(StaffRole.HANDLER, "it-service-desk");
        var claimed = api.put("/api/cases/" + number + "/assignee",
                Contacts.withVersion(triaged.json()).add("user", handler).build());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo(handler);

        var replied = api.post("/api/cases/" + number + "/replies",
                Contacts.textAt(api, number, "Vi har låst upp ditt konto."));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        assertThat(replied.json().getString("firstResponseAt")).isNotBlank();

        var resolved = api.post("/api/cases/" + number + "/resolve", Contacts.version(replied.json()));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.json().getBoolean("resolvedAtFirstContact")).isFalse();

        Application.advanceClock(Duration.ofDays(15));
        await().atMost(Duration.ofSeconds(60)).until(() -> reads.status(number).equals("CLOSED"));
        // The process ends after the survey step, which runs asynchronously once the close has committed.
        await().atMost(Duration.ofSeconds(60)).until(() -> engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).count() == 0);
        assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(CaseLifecycle.END_CASE_CLOSED)
                .processInstanceId(historicInstanceId(number)).count()).isEqualTo(1);
        assertThat(reads.events(number)).containsSubsequence("REGISTERED", "ROUTED", "ASSIGNED", "RESOLVED", "CLOSED");
    }

    @Test
    void frontOfficeResolvesAtFirstContactWithoutRouting() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-network")).json();
        String number = created.getString("number");

        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Välj nätverket eduroam.").build());

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.json().getBoolean("resolvedAtFirstContact")).isTrue();
        assertThat(resolved.json().getString("queue")).isEqualTo("fo-it");
        assertThat(reads.events(number)).doesNotContain("ROUTED");
        assertThat(waitingAt(number)).contains(CaseLifecycle.GATEWAY_REOPEN_WINDOW);
    }

    @Test
    void transferBetweenBackOfficeGroupsKeepsOneCaseAndItsTimeline() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "admission")).json();
        String number = created.getString("number");
        var routed = api.post("/api/cases/" + number + "/triage",
                Contacts.withVersion(created).add("outcome", "ROUTE").build()).json();
        assertThat(routed.getString("queue")).isEqualTo("admissions");
        String processInstance = historicInstanceId(number);

        var transferred = api.post("/api/cases/" + number + "/transfer", Contacts.withVersion(routed)
                .add("group", "finance").add("note", "Gäller studieavgiften.").build());

        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.json().getString("number")).isEqualTo(number);
        assertThat(transferred.json().getString("queue")).isEqualTo("finance");
        assertThat(reads.events(number)).containsSubsequence("REGISTERED", "ROUTED", "TRANSFERRED");
        assertThat(kinds(number)).startsWith("INBOUND_MESSAGE");
        assertThat(candidateGroups(number)).containsExactly("finance");
        assertThat(historicInstanceId(number)).isEqualTo(processInstance);
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    @Test
    void customerReplyResumesACaseWaitingForTheCustomer() {
        var routed = routedCase("exams");
        String number = routed.getString("number");
        var asked = api.post("/api/cases/" + number + "/questions", Contacts.withVersion(routed)
                .add("text", "Vilken kurskod gäller det?").build());
        assertThat(asked.json().getString("status")).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.GATEWAY_WAITING_FOR_CUSTOMER);

        var answer = api.post("/api/cases/" + number + "/customer-messages",
                Json.createObjectBuilder().add("text", "Kursen är ST1001.").build());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getString("effect")).isEqualTo("RESUMED");
        assertThat(reads.status(number)).isEqualTo("IN_PROGRESS");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.TASK_HANDLE_CASE);
        assertThat(candidateGroups(number)).containsExactly("examinations");
    }

    @Test
    void aSilentCustomerIsRemindedAndTheCaseClosedForLackOfAnswer() {
        var routed = routedCase("it-software");
        String number = routed.getString("number");
        api.post("/api/cases/" + number + "/questions", Contacts.withVersion(routed)
                .add("text", "Vilket serienummer har datorn?").build());

        Application.advanceClock(Duration.ofDays(8));
        await().atMost(Duration.ofSeconds(60)).until(() -> reads.events(number).contains("REMINDER_SENT"));
        assertThat(reads.status(number)).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.GATEWAY_WAITING_AFTER_REMINDER);

        // Far enough for the 10 business days even when they span Christmas and New Year (the clock
        // may already stand in December, moved by other tests).
        Application.advanceClock(Duration.ofDays(20));
        await().atMost(Duration.ofSeconds(60)).until(() -> reads.status(number).equals("CLOSED"));
        assertThat(reads.events(number)).containsSubsequence("WAITING_FOR_CUSTOMER", "REMINDER_SENT", "AUTO_CLOSED");
        assertThat(reads.events(number).stream().filter("REMINDER_SENT"::equals)).hasSize(1);
        assertThat(waitingAt(number)).isEmpty();
    }

    @Test
    void customerReplyInsideTheReopenWindowReopensTheCase() {
        var routed = routedCase("tuition-fees");
        String number = routed.getString("number");
        api.post("/api/cases/" + number + "/resolve", Contacts.withVersion(routed).add("reply", "Avgiften är betald.").build());
        Application.advanceClock(Duration.ofDays(3));

        var answer = api.post("/api/cases/" + number + "/customer-messages",
                Json.createObjectBuilder().add("text", "Men jag fick en påminnelse i dag?").build());

        assertThat(answer.json().getString("effect")).isEqualTo("REOPENED");
        assertThat(reads.status(number)).isEqualTo("IN_PROGRESS");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.TASK_HANDLE_CASE);
        assertThat(candidateGroups(number)).containsExactly("finance");
        assertThat(reads.events(number)).containsSubsequence("RESOLVED", "REOPENED");
    }

    @Test
    void customerReplyAfterClosingOpensALinkedFollowUpCase() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "degree")).json();
        String number = created.getString("number");
        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Beviset skickas i dag.").build()).json();
        var closed = api.post("/api/cases/" + number + "/close", Contacts.version(resolved));
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");

        var answer = api.post("/api/cases/" + number + "/customer-messages",
                Json.createObjectBuilder().add("text", "Jag har fortfarande inte fått beviset.").build());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getString("effect")).isEqualTo("FOLLOW_UP_CASE");
        var followUp = answer.json().getJsonObject("case");
        assertThat(followUp.getString("number")).isNotEqualTo(number);
        assertThat(followUp.getString("followsCase")).isEqualTo(number);
        assertThat(reads.status(number)).isEqualTo("CLOSED");
        assertThat(waitingAt(followUp.getString("number"))).containsExactly(CaseLifecycle.TASK_TRIAGE_CASE);
    }

    @Test
    void backOfficeCanReturnACaseToTheFrontOffice() {
        var routed = routedCase("employment");
        String number = routed.getString("number");

        var returned = api.post("/api/cases/" + number + "/return-to-front-office",
                Contacts.withVersion(routed).add("note", "Inte vårt ärende.").build());

        assertThat(returned.json().getString("status")).isEqualTo("NEW");
        assertThat(returned.json().getString("queue")).isEqualTo("fo-registry");
        assertThat(waitingAt(number)).containsExactly(CaseLifecycle.TASK_TRIAGE_CASE);
    }

    private JsonObject routedCase(String topic) {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), topic)).json();
        var routed = api.post("/api/cases/" + created.getString("number") + "/triage",
                Contacts.withVersion(created).add("outcome", "ROUTE").build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        return routed.json();
    }

    private List<String> kinds(String number) {
        return reads.timeline(number).stream().map(entry -> entry.getString("kind")).toList();
    }

    private List<String> waitingAt(String number) {
        var instance = engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult();
        return instance == null ? List.of() : engine().getRuntimeService().getActiveActivityIds(instance.getId());
    }

    private List<String> candidateGroups(String number) {
        var task = engine().getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
        return engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .toList();
    }

    private String historicInstanceId(String number) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId();
    }

    private static ProcessEngine engine() {
        return Application.processEngine();
    }
}
