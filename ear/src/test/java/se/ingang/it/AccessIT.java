package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Who sees what over the API: queue membership decides which cases a handler or agent may
 * open and work (403 otherwise, and lists leave the others out), managers read everything
 * but change no configuration, and state-changing calls need the anti-forgery header.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(AccessIT.class);
    }

    @Test
    void handlerOutsideTheGroupIsRefusedAndDoesNotSeeTheCaseInLists() {
        var routed = routedTo("finance");
        String number = routed.getString("number");
        var outsider = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "it-service-desk"));

        assertThat(outsider.get("/api/cases/" + number).status()).isEqualTo(403);
        assertThat(outsider.get("/api/cases/" + number).json().getString("type")).isEqualTo("urn:ingang:problem:access-denied");
        assertThat(outsider.get("/api/cases/" + number + "/deadlines").status()).isEqualTo(403);
        assertThat(outsider.get("/api/cases/" + number + "/routing-suggestion").status()).isEqualTo(403);
        assertThat(outsider.post("/api/cases/" + number + "/notes", text("Får jag se?")).status()).isEqualTo(403);
        assertThat(outsider.put("/api/cases/" + number + "/assignee", Contacts.version(routed)).status()).isEqualTo(403);
        assertThat(outsider.post("/api/cases/" + number + "/promises", Json.createObjectBuilder()
                .add("due", "2099-01-01T10:00:00Z").add("note", "x").build()).status()).isEqualTo(403);
        assertThat(outsider.get("/api/notifications?caseNumber=" + number).status()).isEqualTo(403);
        assertThat(outsider.get("/api/notifications?recipient=finance").status()).isEqualTo(403);

        assertThat(numbers(outsider.get("/api/cases?queue=finance&size=200"))).isEmpty();
        assertThat(numbers(outsider.get("/api/cases?size=200"))).doesNotContain(number);
        String customer = admin.get("/api/customers?email=" + routed.getJsonObject("customer").getString("email"))
                .json().getJsonNumber("id").toString();
        assertThat(numbers(outsider.get("/api/customers/" + customer + "/cases"))).doesNotContain(number);
        assertThat(numbers(admin.get("/api/customers/" + customer + "/cases"))).contains(number);
    }

    @Test
    void handlerInTheGroupOpensClaimsAndWorksTheCase() {
        var routed = routedTo("finance");
        String number = routed.getString("number");
        String handler = Application.newLoginUser(StaffRole.HANDLER, "finance");
        var member = Application.apiAs(handler);

        assertThat(member.get("/api/cases/" + number).status()).isEqualTo(200);
        assertThat(member.get("/api/cases/" + number + "/deadlines").status()).isEqualTo(200);
        assertThat(numbers(member.get("/api/cases?queue=finance&size=200"))).contains(number);

        var claimed = member.put("/api/cases/" + number + "/assignee", Contacts.version(routed));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo(handler);

        var noted = member.post("/api/cases/" + number + "/notes", Contacts.textAt(member, number, "Jag tar den."));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        // The timeline names who did it: the logged-in user, not "anonymous".
        var timeline = noted.json().getJsonArray("timeline");
        var note = timeline.getJsonObject(timeline.size() - 1);
        assertThat(note.getString("author")).isEqualTo(handler);
        assertThat(numbers(member.get("/api/cases?assignee=me&size=200"))).containsExactly(number);
        assertThat(member.get("/api/notifications?recipient=finance").status()).isEqualTo(200);
        assertThat(member.get("/api/notifications?recipient=" + handler).status()).isEqualTo(200);
    }

    @Test
    void aCaseAssignedToAHandlerOpensForThemOutsideTheirGroups() {
        var routed = routedTo("finance");
        String number = routed.getString("number");
        String handler = Application.newLoginUser(StaffRole.HANDLER, "finance");
        var member = Application.apiAs(handler);
        var claimed = member.put("/api/cases/" + number + "/assignee", Contacts.version(routed));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);

        Application.staff().changeQueues(handler, java.util.Set.of("hr"));

        assertThat(member.get("/api/cases/" + number).status()).isEqualTo(200);
        assertThat(numbers(member.get("/api/cases?size=200"))).contains(number);
    }

    @Test
    void agentsWorkTheirOwnFrontOfficeOnly() {
        var created = admin.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account"));
        String number = created.json().getString("number");
        var otherFrontOffice = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-study"));
        var ownFrontOffice = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));

        assertThat(otherFrontOffice.get("/api/cases/" + number).status()).isEqualTo(403);
        assertThat(otherFrontOffice.post("/api/cases/" + number + "/triage", Contacts.withVersion(created.json())
                .add("outcome", "ROUTE").build()).status()).isEqualTo(403);
        assertThat(numbers(otherFrontOffice.get("/api/cases?queue=fo-it&size=200"))).isEmpty();

        assertThat(ownFrontOffice.get("/api/cases/" + number).status()).isEqualTo(200);
        assertThat(numbers(ownFrontOffice.get("/api/cases?queue=fo-it&size=200"))).contains(number);
        var routed = ownFrontOffice.post("/api/cases/" + number + "/triage", Contacts.withVersion(created.json())
                .add("outcome", "ROUTE").add("group", "it-service-desk").build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        // Routed away: the agent still reads it (the customer's history), but no longer works it.
        assertThat(ownFrontOffice.get("/api/cases/" + number).status()).isEqualTo(200);
        assertThat(ownFrontOffice.post("/api/cases/" + number + "/notes", text("Mer?")).status()).isEqualTo(403);
        assertThat(numbers(ownFrontOffice.get("/api/cases?queue=fo-it&size=200"))).doesNotContain(number);
    }

    @Test
    void managerReadsEveryCaseButChangesNoConfiguration() {
        String number = routedTo("hr").getString("number");
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));

        assertThat(manager.get("/api/cases/" + number).status()).isEqualTo(200);
        assertThat(numbers(manager.get("/api/cases?queue=hr&size=200"))).contains(number);

        assertThat(manager.post("/api/calendars/standard/closed-days", Json.createObjectBuilder()
                .add("date", "2099-06-01").add("reason", "Nej").build()).status()).isEqualTo(403);
        assertThat(manager.put("/api/queues/hr/assignment-policy", Json.createObjectBuilder()
                .add("policy", "ROUND_ROBIN").build()).status()).isEqualTo(403);
        assertThat(manager.post("/api/staff", Json.createObjectBuilder().add("username", "nope-" + System.nanoTime())
                .add("displayName", "Nope").add("roles", Json.createArrayBuilder().add("ADMINISTRATOR")).build())
                .status()).isEqualTo(403);
        assertThat(manager.post("/api/retention/runs?dryRun=true", Json.createObjectBuilder().build()).status()).isEqualTo(403);
        assertThat(manager.get("/api/queues").status()).isEqualTo(200);
    }

    @Test
    void aUserWithoutRolesSeesNothing() {
        String username = Application.newLoginUser(StaffRole.HANDLER, "finance");
        Application.staff().changeRoles(username, java.util.Set.of());
        var nobody = Application.apiAs(username);
        String number = routedTo("finance").getString("number");

        assertThat(nobody.get("/api/cases/" + number).status()).isEqualTo(403);
        assertThat(numbers(nobody.get("/api/cases?size=200"))).isEmpty();
        assertThat(nobody.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account")).status()).isEqualTo(403);
    }

    @Test
    void administratorsManageStaffWhoThenLogIn() {
        String username = "ny-" + System.nanoTime();
        var created = admin.post("/api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Ny Handläggare").add("email", username + "@example.edu")
                .add("roles", Json.createArrayBuilder().add("HANDLER"))
                .add("queues", Json.createArrayBuilder().add("finance"))
                .add("password", "Första-lösenordet-1").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getBoolean("hasPassword")).isTrue();
        assertThat(created.body()).doesNotContain("Första-lösenordet-1");
        assertThat(Api.as(username, "Första-lösenordet-1").get("/api/me").json().getString("username")).isEqualTo(username);

        assertThat(admin.put("/api/staff/" + username + "/password", Json.createObjectBuilder()
                .add("password", "kort").build()).status()).isEqualTo(400);
        assertThat(admin.put("/api/staff/" + username + "/password", Json.createObjectBuilder()
                .add("password", "Andra-lösenordet-2").build()).status()).isEqualTo(204);
        assertThat(Api.as(username, "Första-lösenordet-1").get("/api/me").status()).isEqualTo(401);
        assertThat(Api.as(username, "Andra-lösenordet-2").get("/api/me").status()).isEqualTo(200);

        var roles = admin.put("/api/staff/" + username + "/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("HANDLER").add("MANAGER")).build());
        assertThat(roles.json().getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("HANDLER", "MANAGER");
        var queues = admin.put("/api/staff/" + username + "/queues", Json.createObjectBuilder()
                .add("queues", Json.createArrayBuilder().add("hr").add("finance")).build());
        assertThat(queues.json().getJsonArray("queues").getValuesAs(JsonString::getString)).containsExactly("finance", "hr");

        var deactivated = admin.put("/api/staff/" + username + "/active", Json.createObjectBuilder().add("active", false).build());
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(Api.as(username, "Andra-lösenordet-2").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void changingRequestsNeedTheAntiForgeryHeader() {
        var body = Contacts.newCase(Contacts.uniqueEmail(), "it-account").toString();
        var withoutHeader = admin.send(HttpRequest.newBuilder(admin.uri("/api/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), false);
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.json().getString("detail")).contains("X-Requested-By");

        var withHeader = admin.send(HttpRequest.newBuilder(admin.uri("/api/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), true);
        assertThat(withHeader.status()).isEqualTo(201);
        // Reading needs no header.
        assertThat(admin.send(HttpRequest.newBuilder(admin.uri("/api/queues")).GET(), false).status()).isEqualTo(200);
    }

    private JsonObject routedTo(String group) {
        var created = admin.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "invoices"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var routed = admin.post("/api/cases/" + created.json().getString("number") + "/triage",
                Contacts.withVersion(created.json()).add("outcome", "ROUTE").add("group", group).build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        assertThat(routed.json().getString("queue")).isEqualTo(group);
        return routed.json();
    }

    /** A note for a refusal: access is checked before the version, so any version will do. */
    private static JsonObject text(String text) {
        return Json.createObjectBuilder().add("version", 0).add("text", text).build();
    }

    static List<String> numbers(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("number")).toList();
    }
}
