package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Who may do what in the back office's collaboration and answer support: consultations (the
 * case's workers ask and withdraw, the group asked answers, others see nothing), search (never
 * a case the caller may not open), canned answers (all staff read, managers and administrators
 * write) and the routing table (managers and administrators view it, administrators upload).
 */
@ExtendWith(ArquillianExtension.class)
class CollaborationAccessIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CollaborationAccessIT.class);
    }

    @Test
    void theCasesGroupAsks_theGroupAskedAnswers_andOutsidersSeeNothing() {
        String number = routedTo("admissions", Contacts.uniqueEmail());
        var admissions = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "admissions"));
        var finance = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));
        var facilities = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "facilities"));

        assertThat(finance.post("/api/consultations", question(number, "examinations")).status())
                .as("finance does not work the case").isEqualTo(403);
        var asked = admissions.post("/api/consultations", question(number, "finance"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        int id = asked.json().getInt("id");
        long version = asked.json().getJsonNumber("version").longValue();

        assertThat(facilities.get("/api/consultations/" + id).status()).isEqualTo(403);
        assertThat(facilities.get("/api/consultations?caseNumber=" + number).status()).isEqualTo(403);
        assertThat(ids(facilities.get("/api/consultations?group=finance"))).doesNotContain(id);
        assertThat(finance.get("/api/consultations/" + id).status()).as("the group asked reads it").isEqualTo(200);
        assertThat(ids(finance.get("/api/consultations?group=finance"))).contains(id);
        assertThat(ids(admissions.get("/api/consultations?group=finance"))).as("the case's group sees its question")
                .contains(id);
        assertThat(admissions.get("/api/consultations?caseNumber=" + number).status()).isEqualTo(200);

        var answer = Json.createObjectBuilder().add("version", version).add("answer", "Betalt.").build();
        assertThat(facilities.post("/api/consultations/" + id + "/answer", answer).status()).isEqualTo(403);
        assertThat(admissions.post("/api/consultations/" + id + "/answer", answer).status())
                .as("the asking group does not answer its own question").isEqualTo(403);
        assertThat(finance.post("/api/consultations/" + id + "/withdrawal", Json.createObjectBuilder()
                .add("version", version).add("reason", "Nej").build()).status()).as("only the asking side withdraws")
                .isEqualTo(403);
        var answered = finance.post("/api/consultations/" + id + "/answer", answer);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("ANSWERED");
    }

    @Test
    void theAskingGroupWithdraws() {
        String number = routedTo("admissions", Contacts.uniqueEmail());
        var admissions = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "admissions"));
        var asked = admissions.post("/api/consultations", question(number, "examinations")).json();

        var withdrawn = admissions.post("/api/consultations/" + asked.getInt("id") + "/withdrawal", Json.createObjectBuilder()
                .add("version", asked.getJsonNumber("version").longValue()).add("reason", "Löst ändå").build());

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void searchFindsOnlyCasesTheCallerMayOpen() {
        String word = "sökbar" + letters();
        String inFinance = routedTo("finance", Contacts.uniqueEmail(), "Fråga om " + word);
        String inHr = routedTo("hr", Contacts.uniqueEmail(), "Annan fråga om " + word);
        String inFrontOffice = register("Ny fråga om " + word, Contacts.uniqueEmail(), "it-account");
        var financeHandler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));
        var itAgent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));

        var handlerHits = search(financeHandler, word);
        assertThat(numbers(handlerHits)).containsExactly(inFinance);
        assertThat(handlerHits.getInt("total")).as("totals count only what the caller may see").isEqualTo(1);
        assertThat(numbers(search(financeHandler, word + "&queue=hr"))).as("narrowing never widens").isEmpty();
        assertThat(numbers(search(financeHandler, inHr))).as("not by case number either").isEmpty();
        assertThat(numbers(search(itAgent, word))).as("the agent's own front office").containsExactly(inFrontOffice);
        assertThat(numbers(search(manager, word))).containsExactlyInAnyOrder(inFinance, inHr, inFrontOffice);
        assertThat(numbers(search(manager, word + "&queue=hr"))).containsExactly(inHr);
    }

    @Test
    void cannedAnswersAreReadByStaffAndWrittenByManagersAndAdministrators() {
        String word = "mall" + letters();
        var agent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));

        assertThat(agent.post("/api/canned-answers", answer("Av agent " + word)).status()).isEqualTo(403);
        assertThat(handler.post("/api/canned-answers", answer("Av handläggare " + word)).status()).isEqualTo(403);
        var created = manager.post("/api/canned-answers", answer("Av chef " + word));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        int id = created.json().getInt("id");
        long version = created.json().getJsonNumber("version").longValue();

        var listed = agent.get("/api/canned-answers?q=" + word);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body()).contains("Av chef " + word).doesNotContain("Av agent", "Av handläggare");
        assertThat(handler.get("/api/canned-answers/" + id).status()).isEqualTo(200);
        assertThat(agent.put("/api/canned-answers/" + id, Json.createObjectBuilder().add("version", version)
                .add("title", "Ändrad").add("body", "x").add("language", "sv").build()).status()).isEqualTo(403);
        assertThat(agent.delete("/api/canned-answers/" + id + "?version=" + version).status()).isEqualTo(403);

        // Rendering fills in the customer's name and address: only for a case the caller may open.
        String financeCase = routedTo("finance", Contacts.uniqueEmail());
        assertThat(agent.get("/api/canned-answers/" + id + "/rendered?caseNumber=" + financeCase).status()).isEqualTo(403);
        assertThat(handler.get("/api/canned-answers/" + id + "/rendered?caseNumber=" + financeCase).status()).isEqualTo(200);
        assertThat(manager.delete("/api/canned-answers/" + id + "?version=" + version).status()).isEqualTo(204);
    }

    @Test
    void theRoutingTableIsViewedByManagersAndUploadedByAdministrators() {
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));
        int version = admin.get("/api/routing-table").json().getInt("version");

        assertThat(handler.get("/api/routing-table").status()).isEqualTo(403);
        assertThat(handler.get("/api/routing-table/dmn", "application/xml").status()).isEqualTo(403);
        assertThat(manager.get("/api/routing-table").status()).isEqualTo(200);
        var download = manager.get("/api/routing-table/dmn", "application/xml");
        assertThat(download.status()).isEqualTo(200);

        var refused = manager.send("PUT", "/api/routing-table/dmn", "application/xml", download.body());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("/api/routing-table").json().getInt("version")).as("nothing deployed").isEqualTo(version);
    }

    private String routedTo(String group, String email) {
        return routedTo(group, email, null);
    }

    private String routedTo(String group, String email, String subject) {
        var body = Json.createObjectBuilder(Contacts.newCase(email, "invoices"));
        if (subject != null) {
            body.add("subject", subject);
        }
        var created = admin.post("/api/cases", body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var routed = admin.post("/api/cases/" + created.json().getString("number") + "/triage",
                Contacts.withVersion(created.json()).add("outcome", "ROUTE").add("group", group).build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        return routed.json().getString("number");
    }

    private String register(String subject, String email, String topic) {
        var created = admin.post("/api/cases", Json.createObjectBuilder(Contacts.newCase(email, topic))
                .add("subject", subject).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    private static JsonObject question(String number, String group) {
        return Json.createObjectBuilder().add("caseNumber", number).add("group", group)
                .add("question", "Har studenten betalat?").build();
    }

    private static JsonObject answer(String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "Hej {customerName}!").add("language", "sv")
                .add("tags", Json.createArrayBuilder()).build();
    }

    private static List<Integer> ids(Api.Response response) {
        return TelephonyAccessIT.array(response).stream().map(k -> k.getInt("id")).toList();
    }

    private static JsonObject search(Api api, String qAndParameters) {
        int amp = qAndParameters.indexOf('&');
        String q = amp < 0 ? qAndParameters : qAndParameters.substring(0, amp);
        String rest = amp < 0 ? "" : qAndParameters.substring(amp);
        var response = api.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + rest);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> numbers(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("number")).toList();
    }

    /** Letters only, so the full-text parser sees one word. */
    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";
    }
}
