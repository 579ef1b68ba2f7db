package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Issue 16, item 2: who may merge customer records and change the organisation a person acts
 * for. An agent merged any two records: a stranger's cases, in queues the agent may not even
 * open, moved to a record with the agent's own address (so our answers would be mailed there),
 * and the answer named them. Now a merge needs the right to work every case of both records (or
 * a manager or administrator), a refusal names no case, and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerRecordWritesAccessIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CustomerRecordWritesAccessIT.class);
    }

    @Test
    void anAgentCannotMergeAStrangersRecordWhoseCasesTheyMayNotWork_eitherWay() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        var api = Application.apiAs(agent);
        String attackerEmail = Contacts.uniqueEmail();
        register(attackerEmail, "other");                       // fo-registry: the agent's own queue
        String victimEmail = Contacts.uniqueEmail();
        String victimCase = register(victimEmail, "exams");     // fo-study: not the agent's
        long attacker = recordOf(attackerEmail);
        long victim = recordOf(victimEmail);

        var intoAttacker = api.post("/api/customer-records/" + attacker + "/merge", merge(victim));
        var intoVictim = api.post("/api/customer-records/" + victim + "/merge", merge(attacker));

        for (var refused : List.of(intoAttacker, intoVictim)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain(victimCase);
        }
        assertThat(casesOf(victim)).as("nothing moved").containsExactly(victimCase);
        assertThat(recordOf(victimEmail)).isEqualTo(victim);
        assertThat(admin.get("/api/audit?entity=CUSTOMER&id=" + victim).body()).doesNotContain("MERGED");
    }

    @Test
    void anAgentWhoWorksEveryCaseOfBothRecordsMerges_andAManagerMergesAny() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry", "fo-study");
        String manager = Application.newLoginUser(StaffRole.MANAGER);

        var byAgent = mergeAs(agent, "other", "exams");
        var byManager = mergeAs(manager, "it-account", "exams");

        for (var merged : List.of(byAgent, byManager)) {
            assertThat(merged.response().status()).as(merged.response().toString()).isEqualTo(200);
            assertThat(merged.response().json().getJsonArray("movedCases").getString(0)).isEqualTo(merged.movedCase());
        }
    }

    @Test
    void aHandlerMergesNothing_evenOfCasesTheyWork() {
        String handler = Application.newLoginUser(StaffRole.HANDLER, "fo-registry");

        var refused = mergeAs(handler, "other", "other").response();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    /** The same review for the other write on a person's record: only for someone who works one of their cases. */
    @Test
    void anAgentSetsTheOrganisationOnlyOfAPersonWhoseCaseTheyWork() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        var api = Application.apiAs(agent);
        var created = api.post("/api/organisations", Json.createObjectBuilder().add("name", "Skola " + Contacts.uniqueEmail())
                .add("kind", "SCHOOL").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long organisation = created.json().getJsonNumber("id").longValue();
        String ownEmail = Contacts.uniqueEmail();
        register(ownEmail, "other");
        String strangerEmail = Contacts.uniqueEmail();
        register(strangerEmail, "exams");
        var membership = Json.createObjectBuilder().add("organisationId", organisation).build();

        var refused = api.put("/api/customer-records/" + recordOf(strangerEmail) + "/organisation", membership);
        var allowed = api.put("/api/customer-records/" + recordOf(ownEmail) + "/organisation", membership);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(member(strangerEmail).get("organisationId")).as("unchanged").isIn(null, JsonValue.NULL);
        assertThat(member(ownEmail).getJsonNumber("organisationId").longValue()).isEqualTo(organisation);
    }

    /** Two new records with a case each (in the front offices of these topics); the user merges the second into the first. */
    private Merged mergeAs(String username, String survivorTopic, String duplicateTopic) {
        String survivor = Contacts.uniqueEmail();
        String duplicate = Contacts.uniqueEmail();
        register(survivor, survivorTopic);
        String moved = register(duplicate, duplicateTopic);
        return new Merged(Application.apiAs(username).post("/api/customer-records/" + recordOf(survivor) + "/merge",
                merge(recordOf(duplicate))), moved);
    }

    private record Merged(Api.Response response, String movedCase) {
    }

    private String register(String email, String topic) {
        var created = admin.post("/api/cases", Contacts.newCase(email, topic));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    private JsonObject member(String email) {
        var matches = Json.createReader(new StringReader(admin.get("/api/customer-records?email=" + email).body())).readArray();
        assertThat(matches).hasSize(1);
        return matches.getJsonObject(0);
    }

    private long recordOf(String email) {
        return member(email).getJsonNumber("id").longValue();
    }

    private List<String> casesOf(long customer) {
        return admin.get("/api/customers/" + customer + "/cases").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("number")).toList();
    }

    private static JsonObject merge(long duplicate) {
        return Json.createObjectBuilder().add("duplicateId", duplicate).build();
    }
}
