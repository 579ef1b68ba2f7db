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

/** One person across channels: matched by address or phone, one contact history. */
@ExtendWith(ArquillianExtension.class)
class ContactHistoryIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ContactHistoryIT.class);
    }

    @Test
    void aCallerIsMatchedByPhoneAndTheHistorySpansEveryChannel() {
        String email = Contacts.uniqueEmail();
        String digits = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 7);
        String byMail = register("EMAIL", email, "+46 70 " + digits);
        String byPhone = register("PHONE", null, "070-" + digits);
        String byVisit = register("VISIT", email, null);
        String someoneElse = register("WEB", Contacts.uniqueEmail(), null);

        long id = api.get("/api/customers?email=" + email).json().getJsonNumber("id").longValue();
        var history = api.get("/api/customers/" + id + "/cases");

        assertThat(history.status()).isEqualTo(200);
        var numbers = history.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("number")).toList();
        assertThat(numbers).containsExactly(byVisit, byPhone, byMail);
        assertThat(numbers).doesNotContain(someoneElse);
        assertThat(api.get("/api/customers/999999999/cases").status()).isEqualTo(404);
    }

    private String register(String channel, String email, String phone) {
        var customer = Json.createObjectBuilder().add("name", "Hanna Historik").add("group", "STAFF");
        if (email != null) {
            customer.add("email", email);
        }
        if (phone != null) {
            customer.add("phone", phone);
        }
        var created = api.post("/api/cases", Json.createObjectBuilder()
                .add("channel", channel).add("subject", "Fråga via " + channel).add("message", "Hej")
                .add("customer", customer).add("topic", "other").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }
}
