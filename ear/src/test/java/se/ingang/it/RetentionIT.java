package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention: closed cases lose their personal data when their type's months have passed
 * (feedback: 1 month on the test server). A dry run reports only; a real run anonymises
 * what is due, once.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(RetentionIT.class);
    }

    @Test
    void dryRunReportsAndARealRunAnonymisesOnlyWhatIsDue() {
        String email = Contacts.uniqueEmail();
        var body = Json.createObjectBuilder(Contacts.newCase(email, "other")).add("type", "FEEDBACK").build();
        var created = api.post("/api/cases", body).json();
        String number = created.getString("number");
        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Tack för dina synpunkter!").build()).json();
        api.post("/api/cases/" + number + "/close", Contacts.version(resolved));
        String openFeedback = api.post("/api/cases", Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "other"))
                .add("type", "FEEDBACK").build()).json().getString("number");

        assertThat(run(true).getJsonArray("anonymisedCases").toString()).doesNotContain(number);

        Application.advanceClock(Duration.ofDays(40));
        var dry = run(true);
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getJsonObject("monthsByCaseType").getInt("FEEDBACK")).isEqualTo(1);
        assertThat(dry.getJsonArray("anonymisedCases").toString()).contains(number).doesNotContain(openFeedback);
        assertThat(api.get("/api/cases/" + number).json().getString("subject")).isNotEqualTo("[raderat / erased]");

        var real = run(false);
        assertThat(real.getJsonArray("anonymisedCases").toString()).contains(number);
        var anonymised = api.get("/api/cases/" + number).json();
        assertThat(anonymised.getString("subject")).isEqualTo("[raderat / erased]");
        assertThat(anonymised.getString("status")).isEqualTo("CLOSED");
        assertThat(anonymised.getJsonObject("customer").isNull("email")).isTrue();
        assertThat(api.get("/api/customers?email=" + email).status()).as("the person is gone").isEqualTo(404);
        assertThat(api.get("/api/cases/" + openFeedback).json().getString("subject")).startsWith("Fråga om");

        assertThat(run(false).getJsonArray("anonymisedCases").toString()).as("once").doesNotContain(number);
    }

    private JsonObject run(boolean dryRun) {
        var response = api.post("/api/retention/runs?dryRun=" + dryRun, Json.createObjectBuilder().build());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
