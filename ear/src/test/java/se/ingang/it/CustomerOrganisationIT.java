package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Organisations with their people and contact history; duplicates found by address and phone
 * and merged, after which one history spans e-mail, web, phone and visit.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerOrganisationIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CustomerOrganisationIT.class);
    }

    @Test
    void duplicatesAreMatchedAndMergedAndTheHistorySpansEveryChannel() {
        String email = Contacts.uniqueEmail();
        String digits = digits();
        String byMail = register("EMAIL", email, null, null);
        String byWeb = register("WEB", email, null, null);
        // A call and a visit without the address: a second record, found by the phone number.
        String byPhone = register("PHONE", null, "070-" + digits, "integritet-2026-1");
        String byVisit = register("VISIT", null, "+46 70 " + digits, null);

        var matches = Json.createReader(new java.io.StringReader(
                api.get("/api/customer-records?email=" + email + "&phone=0046" + "70" + digits).body())).readArray();
        assertThat(matches).hasSize(2);
        long survivor = idOf(matches.getJsonObject(0), email) ? matches.getJsonObject(0).getJsonNumber("id").longValue()
                : matches.getJsonObject(1).getJsonNumber("id").longValue();
        long duplicate = matches.getValuesAs(JsonObject.class).stream().mapToLong(m -> m.getJsonNumber("id").longValue())
                .filter(id -> id != survivor).findFirst().orElseThrow();

        var merged = api.post("/api/customer-records/" + survivor + "/merge", Json.createObjectBuilder().add("duplicateId", duplicate).build());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.body()).contains(byPhone, byVisit);

        var history = api.get("/api/customers/" + survivor + "/cases").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("number")).toList();
        assertThat(history).containsExactly(byVisit, byPhone, byWeb, byMail);
        var after = Json.createReader(new java.io.StringReader(api.get("/api/customer-records?phone=070" + digits).body())).readArray();
        assertThat(after).hasSize(1);
        assertThat(after.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(survivor);
        assertThat(after.getJsonObject(0).getString("email")).isEqualTo(email);
        assertThat(after.getJsonObject(0).getString("legalBasis")).as("the consent follows").isEqualTo("CONSENT");

        var trail = api.get("/api/audit?entity=CUSTOMER&id=" + survivor).json().getJsonArray("items").toString();
        assertThat(trail).contains("MERGED", "mergedFrom", String.valueOf(duplicate));
        assertThat(api.get("/api/cases/" + byPhone + "/audit").body()).contains("CUSTOMER_MERGED");
        assertThat(api.post("/api/customer-records/" + survivor + "/merge", Json.createObjectBuilder().add("duplicateId", duplicate).build())
                .status()).as("merged once").isEqualTo(409);
        assertThat(api.post("/api/customer-records/" + survivor + "/merge", Json.createObjectBuilder().add("duplicateId", survivor).build())
                .status()).isEqualTo(400);
    }

    @Test
    void anOrganisationHasPeopleAKeyAccountOwnerAndOneHistory() {
        String owner = Application.newLoginUser(StaffRole.AGENT, "fo-registry", "fo-study");
        var agent = Application.apiAs(owner);
        String name = "Gymnasieskolan " + UUID.randomUUID().toString().substring(0, 6);
        var created = agent.post("/api/organisations", Json.createObjectBuilder().add("name", name).add("kind", "SCHOOL")
                .add("keyAccountOwner", owner).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long org = created.json().getJsonNumber("id").longValue();
        assertThat(agent.post("/api/organisations", Json.createObjectBuilder().add("name", "X").add("kind", "SCHOOL")
                .add("keyAccountOwner", "nobody-" + UUID.randomUUID()).build()).status()).isEqualTo(400);
        assertThat(agent.post("/api/organisations", Json.createObjectBuilder().add("name", "X").add("kind", "CLUB").build()).status())
                .isEqualTo(400);

        String firstEmail = Contacts.uniqueEmail();
        String first = register("EMAIL", firstEmail, null, null);
        String phone = "070-" + digits();
        String second = register("PHONE", null, phone, null);
        String outsider = register("WEB", Contacts.uniqueEmail(), null, null);
        long firstId = api.get("/api/customers?email=" + firstEmail).json().getJsonNumber("id").longValue();
        long secondId = Json.createReader(new java.io.StringReader(api.get("/api/customer-records?phone=" + phone).body()))
                .readArray().getJsonObject(0).getJsonNumber("id").longValue();
        for (long person : new long[] {firstId, secondId}) {
            var joined = agent.put("/api/customer-records/" + person + "/organisation",
                    Json.createObjectBuilder().add("organisationId", org).build());
            assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        }

        assertThat(api.get("/api/organisations/" + org + "/members").body()).contains(firstEmail);
        var history = Json.createReader(new java.io.StringReader(api.get("/api/organisations/" + org + "/history").body()))
                .readArray().getValuesAs(JsonObject.class);
        assertThat(history.stream().filter(i -> i.getString("kind").equals("CASE")).map(i -> i.getString("caseNumber")))
                .containsExactly(second, first).doesNotContain(outsider);
        assertThat(api.get("/api/organisations?q=" + name.substring(0, 14).toLowerCase()).body()).contains(name);

        long version = created.json().getJsonNumber("version").longValue();
        var renamed = agent.put("/api/organisations/" + org, Json.createObjectBuilder().add("name", name + " AB").add("kind", "SCHOOL")
                .add("version", version).build());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(!renamed.json().containsKey("keyAccountOwner") || renamed.json().isNull("keyAccountOwner")).isTrue();
        assertThat(agent.put("/api/organisations/" + org, Json.createObjectBuilder().add("name", "Stale").add("kind", "SCHOOL")
                .add("version", version).build()).status()).isEqualTo(409);
        var trail = api.get("/api/audit?entity=ORGANISATION&id=" + org).json().getJsonArray("items").toString();
        assertThat(trail).contains("CREATED", "CHANGED", "keyAccountOwner", owner);
        assertThat(agent.delete("/api/organisations/" + org + "?version=" + (version + 1)).status()).as("has members").isEqualTo(409);

        String handler = Application.newLoginUser(StaffRole.HANDLER, "finance");
        assertThat(Application.apiAs(handler).get("/api/organisations/" + org).status()).isEqualTo(200);
        assertThat(Application.apiAs(handler).post("/api/organisations", Json.createObjectBuilder().add("name", "Y")
                .add("kind", "COMPANY").build()).status()).isEqualTo(403);
        assertThat(Application.apiAs(handler).get("/api/organisations/" + org + "/history").body())
                .as("the handler sees no front-office cases").doesNotContain(first);
    }

    private static boolean idOf(JsonObject record, String email) {
        return record.containsKey("email") && !record.isNull("email") && record.getString("email").equals(email);
    }

    private static String digits() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 7);
    }

    private String register(String channel, String email, String phone, String consent) {
        var customer = Json.createObjectBuilder().add("name", "Olle Organisation").add("group", "PUBLIC");
        if (email != null) {
            customer.add("email", email);
        }
        if (phone != null) {
            customer.add("phone", phone);
        }
        var body = Json.createObjectBuilder().add("channel", channel).add("subject", "Fråga via " + channel)
                .add("message", "Hej").add("customer", customer).add("topic", "other");
        if (consent != null) {
            body.add("consentTextVersion", consent);
        }
        var created = api.post("/api/cases", body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }
}
