package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.workflows.lifecycle.CaseLifecycle;

/**
 * Consulting other groups: admissions keeps the case while finance and examinations are asked
 * in parallel; each question is a sub-task of the case's one process, answers come back into
 * the timeline and the owner is notified.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ConsultationIT.class);
    }

    @Test
    void twoGroupsAreAskedInParallel_theCaseStaysWithAdmissions_andAnswersComeBack() {
        String number = routedToAdmissions();
        String handler = Application.newStaffMember(StaffRole.HANDLER, "admissions");
        var c = reads.caseJson(number);
        api.put("/api/cases/" + number + "/assignee", Contacts.withVersion(c).add("user", handler).build());

        var finance = ask(number, "finance", "Har studenten betalat studieavgiften för höstterminen?");
        var exams = ask(number, "examinations", "Finns kursen registrerad i Ladok?");

        assertThat(reads.caseJson(number).getString("queue")).isEqualTo("admissions");
        assertThat(openFor("finance")).anyMatch(k -> k.getInt("id") == finance.getInt("id"));
        assertThat(openFor("examinations")).anyMatch(k -> k.getInt("id") == exams.getInt("id"));
        assertThat(consultationTaskGroups(number)).containsExactlyInAnyOrder("finance", "examinations");
        assertThat(waitingAt(number)).contains(CaseLifecycle.TASK_HANDLE_CASE);

        var answered = api.post("/api/consultations/" + finance.getInt("id") + "/answer", Json.createObjectBuilder()
                .add("version", finance.getJsonNumber("version").longValue())
                .add("answer", "Ja, betalningen kom in den 3 augusti.").build());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("ANSWERED");
        assertThat(openFor("finance")).noneMatch(k -> k.getInt("id") == finance.getInt("id"));
        assertThat(consultationTaskGroups(number)).containsExactly("examinations");
        assertThat(reads.timeline(number)).anyMatch(e -> "CONSULTATION_ANSWERED".equals(e.getString("event", null))
                && "Ja, betalningen kom in den 3 augusti.".equals(e.getString("body", null)));
        assertThat(notifications(number)).anyMatch(n -> n.getString("recipient").equals(handler)
                && n.getString("kind").equals("CONSULTATION_ANSWERED"));
        assertThat(notifications(number)).anyMatch(n -> n.getString("recipient").equals("examinations")
                && n.getString("kind").equals("CONSULTATION_REQUESTED"));

        var again = api.post("/api/consultations/" + finance.getInt("id") + "/answer", Json.createObjectBuilder()
                .add("version", answered.json().getJsonNumber("version").longValue()).add("answer", "Igen.").build());
        assertThat(again.status()).as("an answered consultation is done").isEqualTo(409);

        var withdrawn = api.post("/api/consultations/" + exams.getInt("id") + "/withdrawal", Json.createObjectBuilder()
                .add("version", exams.getJsonNumber("version").longValue()).add("reason", "Löst på annat sätt.").build());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(consultationTaskGroups(number)).isEmpty();
        assertThat(reads.events(number)).containsSubsequence("CONSULTATION_REQUESTED", "CONSULTATION_REQUESTED",
                "CONSULTATION_ANSWERED", "CONSULTATION_WITHDRAWN");
        assertThat(list("/api/consultations?caseNumber=" + number)).extracting(k -> k.getString("status"))
                .containsExactly("ANSWERED", "WITHDRAWN");
    }

    @Test
    void aStaleVersionIsRefused_andTheOwnGroupOrAnUnknownGroupCannotBeAsked() {
        String number = routedToAdmissions();
        var k = ask(number, "finance", "Fråga?");

        assertThat(api.post("/api/consultations", request(number, "admissions", "Till oss själva?")).status()).isEqualTo(400);
        assertThat(api.post("/api/consultations", request(number, "no-such-group", "Vem?")).status()).isEqualTo(400);
        assertThat(api.post("/api/consultations", request(number, "finance", "Igen?")).status())
                .as("one open question per group").isEqualTo(409);
        assertThat(api.post("/api/consultations", request("2026-999999", "finance", "?")).status()).isEqualTo(404);

        var stale = api.post("/api/consultations/" + k.getInt("id") + "/answer", Json.createObjectBuilder()
                .add("version", k.getJsonNumber("version").longValue() + 1).add("answer", "Svar").build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/consultations/" + k.getInt("id")).json().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void closingTheCaseWithdrawsOpenConsultations_andEndsTheirSubTasks() {
        String email = Contacts.uniqueEmail();
        var created = api.post("/api/cases", Contacts.newCase(email, "tuition-fees")).json();
        String number = created.getString("number");
        var k = ask(number, "finance", "Har betalningen kommit in?");

        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(reads.caseJson(number))
                .add("outcome", "RESOLVE").add("reply", "Vi återkommer inte, allt är klart.").build());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        var closed = api.post("/api/cases/" + number + "/close", Contacts.version(resolved.json()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        assertThat(api.get("/api/consultations/" + k.getInt("id")).json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(openFor("finance")).noneMatch(open -> open.getInt("id") == k.getInt("id"));
        await().atMost(Duration.ofSeconds(60)).until(() -> consultationTaskGroups(number).isEmpty());
    }

    @Test
    void erasingTheCustomerErasesTheConsultationTexts() {
        String email = Contacts.uniqueEmail();
        var created = api.post("/api/cases", Contacts.newCase(email, "admission")).json();
        String number = created.getString("number");
        api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created).add("outcome", "ROUTE").add("group", "admissions").build());
        var k = ask(number, "finance", "Har Åsa Öberg betalat?");
        api.post("/api/consultations/" + k.getInt("id") + "/answer", Json.createObjectBuilder()
                .add("version", k.getJsonNumber("version").longValue()).add("answer", "Åsa Öberg har betalat.").build());

        long customer = api.get("/api/customers?email=" + email).json().getJsonNumber("id").longValue();
        var erased = api.post("/api/customers/" + customer + "/erasure", Json.createObjectBuilder().build());

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        var after = api.get("/api/consultations/" + k.getInt("id")).json();
        assertThat(after.getString("question")).isEqualTo("[raderat / erased]");
        assertThat(after.getString("answer")).isEqualTo("[raderat / erased]");
        assertThat(after.getString("status")).isEqualTo("ANSWERED");
        assertThat(notifications(number)).noneMatch(n -> n.getString("message").contains("Öberg"));
    }

    private String routedToAdmissions() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "admission")).json();
        String number = created.getString("number");
        var triaged = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "ROUTE").add("group", "admissions").build());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return number;
    }

    private JsonObject ask(String number, String group, String question) {
        var response = api.post("/api/consultations", request(number, group, question));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getString("status")).isEqualTo("OPEN");
        return response.json();
    }

    private static JsonObject request(String number, String group, String question) {
        return Json.createObjectBuilder().add("caseNumber", number).add("group", group).add("question", question).build();
    }

    private List<JsonObject> openFor(String group) {
        return list("/api/consultations?group=" + group);
    }

    private List<JsonObject> notifications(String number) {
        return list("/api/notifications?caseNumber=" + number);
    }

    private List<JsonObject> list(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static List<String> consultationTaskGroups(String number) {
        var tasks = Application.processEngine().getTaskService();
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.TASK_ANSWER_CONSULTATION).list().stream()
                .flatMap(task -> tasks.getIdentityLinksForTask(task.getId()).stream())
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId()).toList();
    }

    private static List<String> waitingAt(String number) {
        return Application.processEngine().getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .list().stream().map(task -> task.getTaskDefinitionKey()).toList();
    }
}
