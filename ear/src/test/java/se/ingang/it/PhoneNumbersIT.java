package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Issue 18 item 5: one person is one customer however their number is written (libphonenumber,
 * E.164, Swedish by default); letters in a number are refused; records that may be one person
 * are suggested to managers, never merged by themselves.
 */
@ExtendWith(ArquillianExtension.class)
class PhoneNumbersIT {

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(PhoneNumbersIT.class);
    }

    @Test
    void onePersonHoweverTheNumberIsWritten() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String spaced = digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5);
        register("+46 (0)70 " + spaced);
        register("070-" + spaced);

        var asWrittenFirst = recordsWith("+46 (0)70 " + spaced);
        var asWrittenThen = recordsWith("070-" + spaced);
        assertThat(asWrittenFirst).as("one record, found by either form").hasSize(1).isEqualTo(asWrittenThen);
        assertThat(asWrittenFirst.get(0).getString("phone")).isEqualTo("+4670" + digits);
    }

    private List<JsonObject> recordsWith(String phone) {
        var records = api.get("/api/customer-records?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
        assertThat(records.status()).as(records.toString()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(records.body())).readArray().getValuesAs(JsonObject.class);
    }

    @Test
    void lettersInANumberAreRefusedWithAClearErrorAndNothingIsRegistered() {
        var refused = api.post("/api/cases", caseWith("070-ABC 45 67", "Bokstäver " + ThreadLocalRandom.current().nextLong()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).endsWith("phone");
                    assertThat(e.getString("message")).contains("not letters");
                });
        assertThat(api.get("/api/customer-records?phone=" + URLEncoder.encode("070 12A", StandardCharsets.UTF_8)).status())
                .as("a search by such a number").isEqualTo(400);
    }

    @Test
    void mergeSuggestionsAreForManagersAndEachRecordShownIsAnAuditedRead() throws SQLException {
        String run = Long.toHexString(ThreadLocalRandom.current().nextLong());
        long first;
        long second;
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO customer (name, email, phone, customer_group, created_at, legal_basis) VALUES"
                    + " ('Bo Ek', 'bo-" + run + "@example.se', '+46701110000', 'STUDENT', UTC_TIMESTAMP(6), 'CASE_HANDLING'),"
                    + " ('Bo Ek', NULL, '+46701110000', 'STUDENT', UTC_TIMESTAMP(6), 'CASE_HANDLING')", java.sql.Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                first = keys.getLong(1);
                second = first + 1; // one multi-row insert: consecutive ids
            }
            s.executeUpdate("INSERT INTO customer_merge_suggestion (customer_id, other_customer_id, reason, suggested_at)"
                    + " VALUES (" + first + ", " + second + ", 'same phone number (test " + run + ")', UTC_TIMESTAMP(6))");
        }
        String manager = Application.newLoginUser(StaffRole.MANAGER);
        var listed = Application.apiAs(manager).get("/api/customer-records/merge-suggestions");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        var mine = Json.createReader(new java.io.StringReader(listed.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("reason").contains(run)).toList();
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.getJsonObject("customer").getString("email")).isEqualTo("bo-" + run + "@example.se");
            assertThat(s.getJsonObject("other").getJsonNumber("id").longValue()).isEqualTo(second);
        });
        var trail = api.get("/api/audit?size=50&actor=" + manager + "&entity=CUSTOMER&id=" + second);
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        assertThat(trail.json().getJsonArray("items")).as("reading the suggestion is a read of both records").isNotEmpty();

        for (var role : List.of(StaffRole.AGENT, StaffRole.HANDLER)) {
            assertThat(Application.apiAs(Application.newLoginUser(role, "fo-registry")).get("/api/customer-records/merge-suggestions")
                    .status()).as(role.name()).isEqualTo(403);
        }

        var merged = api.post("/api/customer-records/" + first + "/merge", Json.createObjectBuilder().add("duplicateId", second).build());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(Application.apiAs(manager).get("/api/customer-records/merge-suggestions").body())
                .as("decided: no longer suggested").doesNotContain(run);
    }

    private void register(String phone) {
        var created = api.post("/api/cases", caseWith(phone, "Samtal"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static JsonObject caseWith(String phone, String name) {
        return Json.createObjectBuilder().add("channel", "PHONE").add("subject", "Fråga per telefon").add("message", "Hej")
                .add("topic", "other")
                .add("customer", Json.createObjectBuilder().add("name", name).add("group", "STUDENT").add("phone", phone))
                .build();
    }
}
