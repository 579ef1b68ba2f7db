package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets a problem detail that says what is wrong, and nothing is stored. */
@ExtendWith(ArquillianExtension.class)
class CaseInputIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CaseInputIT.class);
    }

    @Test
    void missingFieldsAreNamedInTheProblem() {
        String email = Contacts.uniqueEmail();
        var body = Json.createObjectBuilder(Contacts.newCase(email, "other")).remove("subject").remove("channel").build();

        var response = api.post("/api/cases", body);

        assertProblem(response, 400);
        assertThat(fields(response.json())).contains("subject", "channel");
        assertNothingStoredFor(email);
    }

    @Test
    void oversizeFieldsAreRefused() {
        String email = Contacts.uniqueEmail();
        var body = Json.createObjectBuilder(Contacts.newCase(email, "other")).add("subject", "x".repeat(301)).build();

        var response = api.post("/api/cases", body);

        assertProblem(response, 400);
        assertThat(fields(response.json())).contains("subject");
        assertNothingStoredFor(email);
    }

    @Test
    void unknownEnumValuesAreRefused() {
        String email = Contacts.uniqueEmail();
        var body = Json.createObjectBuilder(Contacts.newCase(email, "other")).add("channel", "FAX").build();

        assertProblem(api.post("/api/cases", body), 400);
        assertNothingStoredFor(email);
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(api.postRaw("/api/cases", "{\"channel\": \"EMAIL\", "), 400);
    }

    @Test
    void unknownTopicIsAFieldError() {
        String email = Contacts.uniqueEmail();

        var response = api.post("/api/cases", Contacts.newCase(email, "no-such-topic"));

        assertProblem(response, 400);
        assertThat(fields(response.json())).contains("topic");
        assertNothingStoredFor(email);
    }

    @Test
    void unknownCasesAreNotFound() {
        assertProblem(api.get("/api/cases/1999-999999"), 404);
        assertProblem(api.get("/api/cases/not-a-number"), 404);
        assertProblem(api.post("/api/cases/1999-999999/notes", Json.createObjectBuilder().add("version", 0).add("text", "hej").build()), 404);
    }

    @Test
    void anActionNotAllowedInTheCurrentStateIsAConflict() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();

        var response = api.post("/api/cases/" + created.getString("number") + "/close", Contacts.version(created));

        assertProblem(response, 409);
        assertThat(api.get("/api/cases/" + created.getString("number")).json().getString("status")).isEqualTo("NEW");
    }

    @Test
    void aCommandWithoutVersionIsRefused() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();

        var response = api.post("/api/cases/" + created.getString("number") + "/triage",
                Json.createObjectBuilder().add("outcome", "ROUTE").build());

        assertProblem(response, 400);
        assertThat(fields(response.json())).contains("version");
    }

    private void assertNothingStoredFor(String email) {
        var list = api.get("/api/cases?customerEmail=" + email);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().getJsonNumber("total").longValue()).isZero();
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getInt("status")).isEqualTo(status);
        assertThat(response.json().getString("title")).isNotBlank();
    }

    private static java.util.List<String> fields(JsonObject problem) {
        if (!problem.containsKey("errors") || problem.isNull("errors")) {
            return java.util.List.of();
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
