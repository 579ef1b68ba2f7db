package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * The audit trail: changes to a case, a customer and the configuration are recorded (who,
 * what, old → new); the case's trail is on the case, administrators search the whole trail;
 * nothing can change or remove an entry, neither the API nor SQL.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(AuditTrailIT.class);
    }

    @Test
    void everyChangeToACaseIsOnItsTrailWithOldAndNewValues() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "other")).json();
        String number = created.getString("number");
        var triaged = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("priority", "HIGH").add("outcome", "ROUTE").add("group", "it-service-desk").build());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "Intern anteckning"));

        // Routing may be applied by the process after the triage commits: wait for it.
        var trail = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + number + "/audit"), r -> r.body().contains("ROUTED"));
        assertThat(trail.status()).isEqualTo(200);
        var entries = Json.createReader(new java.io.StringReader(trail.body())).readArray();
        assertThat(entry(entries, "REGISTERED", "status")).isNotNull();
        var priority = entry(entries, "TRIAGED", "priority");
        assertThat(priority.getString("oldValue")).isEqualTo("NORMAL");
        assertThat(priority.getString("newValue")).isEqualTo("HIGH");
        assertThat(priority.getString("actor")).isEqualTo(Application.TEST_ADMINISTRATOR);
        var routed = entry(entries, "ROUTED", "queue");
        assertThat(routed.getString("newValue")).isEqualTo("it-service-desk");
        assertThat(entry(entries, "NOTE_ADDED", null)).as("a note: recorded, without its text").isNotNull();
        assertThat(trail.body()).doesNotContain("Intern anteckning", "Åsa Öberg");

        var search = api.get("/api/audit?entity=CASE&id=" + number + "&actor=" + Application.TEST_ADMINISTRATOR);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void configurationChangesAreRecordedWithTheActor() {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post("/api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Revisionstest").add("roles", Json.createArrayBuilder().add("AGENT"))
                .add("queues", Json.createArrayBuilder().add("fo-study")).add("password", "audit-password-1").build());
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        var roles = api.put("/api/staff/" + username + "/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("AGENT").add("MANAGER")).build());
        assertThat(roles.status()).as(roles.toString()).isEqualTo(200);

        var trail = api.get("/api/audit?entity=STAFF_USER&id=" + username).json().getJsonArray("items");
        var changed = entry(trail, "ROLES_CHANGED", "roles");
        assertThat(changed.getString("oldValue")).isEqualTo("AGENT");
        assertThat(changed.getString("newValue")).isEqualTo("AGENT, MANAGER");
        assertThat(changed.getString("actor")).isEqualTo(Application.TEST_ADMINISTRATOR);
        assertThat(entry(trail, "CREATED", "queues").getString("newValue")).isEqualTo("fo-study");
        var password = entry(trail, "PASSWORD_SET", "password");
        assertThat(password.getString("newValue")).isEqualTo("(changed)");
        assertThat(trail.toString()).doesNotContain("audit-password-1");

        String queue = "aq-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/queues", Json.createObjectBuilder().add("code", queue).add("name", "Revisionskö")
                .add("kind", "BACK_OFFICE").build()).status()).isIn(200, 201);
        assertThat(api.put("/api/queues/" + queue + "/assignment-policy", Json.createObjectBuilder()
                .add("policy", "ROUND_ROBIN").build()).status()).isEqualTo(200);
        var queueTrail = api.get("/api/audit?entity=QUEUE&id=" + queue).json().getJsonArray("items");
        var policy = entry(queueTrail, "ASSIGNMENT_POLICY_CHANGED", "assignmentPolicy");
        assertThat(policy.getString("oldValue")).isEqualTo("MANUAL");
        assertThat(policy.getString("newValue")).isEqualTo("ROUND_ROBIN");
        assertThat(entry(queueTrail, "CREATED", "kind").getString("newValue")).isEqualTo("BACK_OFFICE");

        String topic = "at-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.put("/api/topics/" + topic, Json.createObjectBuilder().add("name", "Revisionsämne")
                .add("frontOffice", "fo-study").build()).status()).isIn(200, 201);
        assertThat(api.put("/api/topics/" + topic, Json.createObjectBuilder().add("name", "Revisionsämne")
                .add("frontOffice", "fo-registry").add("version", 0).build()).status()).isEqualTo(200);
        var topicTrail = api.get("/api/audit?entity=TOPIC&id=" + topic).json().getJsonArray("items");
        assertThat(entry(topicTrail, "CREATED", "frontOffice").getString("newValue")).isEqualTo("fo-study");
        var moved = entry(topicTrail, "CHANGED", "frontOffice");
        assertThat(moved.getString("oldValue")).isEqualTo("fo-study");
        assertThat(moved.getString("newValue")).isEqualTo("fo-registry");
    }

    @Test
    void onlyAdministratorsSearchAndNobodyChangesTheTrail() throws SQLException {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "other")).json();
        String number = created.getString("number");
        var items = api.get("/api/audit?entity=CASE&id=" + number).json().getJsonArray("items");
        long id = items.getJsonObject(0).getJsonNumber("id").longValue();

        String manager = Application.newLoginUser(StaffRole.MANAGER);
        assertThat(Application.apiAs(manager).get("/api/audit?entity=CASE&id=" + number).status()).isEqualTo(403);
        assertThat(Application.apiAs(manager).get("/api/cases/" + number + "/audit").status()).as("the case's own trail").isEqualTo(200);

        assertThat(api.put("/api/audit", Json.createObjectBuilder().add("id", id).build()).status()).isEqualTo(405);
        assertThat(api.delete("/api/audit").status()).isEqualTo(405);
        assertThat(api.post("/api/audit", Json.createObjectBuilder().build()).status()).isEqualTo(405);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/audit/" + id)).DELETE(), true).status()).isIn(404, 405);
        assertThat(api.put("/api/cases/" + number + "/audit", Json.createObjectBuilder().build()).status()).isEqualTo(405);

        try (var connection = database.getConnection(); var update = connection.createStatement()) {
            assertThatThrownBy(() -> update.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> update.executeUpdate("DELETE FROM audit_entry WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be deleted");
        }
        var after = api.get("/api/audit?entity=CASE&id=" + number).json().getJsonArray("items");
        assertThat(after.getJsonObject(after.size() - 1).getString("actor")).isNotEqualTo("mallory");
        assertThat(after.stream().map(v -> ((JsonObject) v).getJsonNumber("id").longValue())).contains(id);
    }

    @Test
    void customerChangesAreRecordedWithoutTheirPersonalData() {
        String email = Contacts.uniqueEmail();
        var body = Json.createObjectBuilder(Contacts.newCase(email, "other")).add("consentTextVersion", "integritet-2026-2").build();
        assertThat(api.post("/api/cases", body).status()).isEqualTo(201);
        long id = api.get("/api/customers?email=" + email).json().getJsonNumber("id").longValue();

        var trail = api.get("/api/audit?entity=CUSTOMER&id=" + id).json().getJsonArray("items");
        assertThat(entry(trail, "REGISTERED", "email").getString("newValue")).isEqualTo("(changed)");
        assertThat(entry(trail, "REGISTERED", "group").getString("newValue")).isEqualTo("STUDENT");
        assertThat(entry(trail, "CONSENT_RECORDED", "consentTextVersion").getString("newValue")).isEqualTo("integritet-2026-2");
        assertThat(trail.toString()).doesNotContain(email, "Åsa");
    }

    /** The entry of that action (and field; null: an entry without a field). */
    static JsonObject entry(JsonArray entries, String action, String field) {
        return entries.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals(action))
                .filter(e -> field == null ? !e.containsKey("field") || e.isNull("field") : e.containsKey("field")
                        && !e.isNull("field") && e.getString("field").equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + "/" + field + " in " + entries));
    }
}
