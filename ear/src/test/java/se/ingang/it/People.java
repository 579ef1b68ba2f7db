package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.UUID;

/** Cases, customer records and organisations made through the API, for the tests of who reads people's data. */
final class People {

    private People() {
    }

    /** A new case for this address in the front office of the topic; its number. */
    static String register(Api api, String email, String topic) {
        var created = api.post("/api/cases", Contacts.newCase(email, topic));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    static long newOrganisation(Api api, String kind) {
        var created = api.post("/api/organisations", Json.createObjectBuilder()
                .add("name", "Organisation " + UUID.randomUUID()).add("kind", kind).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** The id of the one record with this address (as an administrator sees it). */
    static long recordOf(Api api, String email) {
        JsonArray matches = Json.createReader(new StringReader(api.get("/api/customer-records?email=" + email).body())).readArray();
        assertThat(matches).hasSize(1);
        return matches.getJsonObject(0).getJsonNumber("id").longValue();
    }

    static void join(Api api, String email, long organisation) {
        var joined = api.put("/api/customer-records/" + recordOf(api, email) + "/organisation",
                Json.createObjectBuilder().add("organisationId", organisation).build());
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
    }
}
