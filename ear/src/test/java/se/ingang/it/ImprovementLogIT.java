package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.feedback.boundary.Surveys;

/** Feedback cases and low survey scores become improvement items with an owner and a due date. */
@ExtendWith(ArquillianExtension.class)
class ImprovementLogIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ImprovementLogIT.class);
    }

    @Test
    void aFeedbackCaseIsLoggedAndFollowedUntilDone() {
        var feedback = Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "other")).add("type", "FEEDBACK").build();
        String number = api.post("/api/cases", feedback).json().getString("number");

        var logged = api.post("/api/improvements", item(number));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        var item = logged.json();
        assertThat(item.getString("status")).isEqualTo("OPEN");
        assertThat(item.getBoolean("overdue")).isFalse();
        assertThat(open()).anyMatch(i -> i.getString("caseNumber").equals(number));

        var done = api.put("/api/improvements/" + item.getInt("id") + "/status",
                Json.createObjectBuilder().add("version", item.getJsonNumber("version").longValue()).add("status", "DONE").build());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().isNull("closedAt")).isFalse();
        assertThat(open()).noneMatch(i -> i.getString("caseNumber").equals(number));

        var stale = api.put("/api/improvements/" + item.getInt("id") + "/status",
                Json.createObjectBuilder().add("version", item.getJsonNumber("version").longValue()).add("status", "OPEN").build());
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aLowSurveyScoreMayBeLoggedButAnOrdinaryCaseMayNot() {
        String email = Contacts.uniqueEmail();
        var created = api.post("/api/cases", Contacts.newCase(email, "degree")).json();
        String number = created.getString("number");
        assertThat(api.post("/api/improvements", item(number)).status()).as("an ordinary open case").isEqualTo(400);

        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Svar.").build()).json();
        api.post("/api/cases/" + number + "/close", Contacts.version(resolved));
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.surveysOf(email).size() == 1);
        Surveys surveys = Application.lookup("java:global/ingang/ingang-ejb/Surveys!" + Surveys.class.getName());
        // Only the mail holds the survey's token; the database keeps its hash.
        var link = java.util.regex.Pattern.compile("/survey/([A-Za-z0-9_-]{43})").matcher(Mailbox.surveysOf(email).get(0).text());
        assertThat(link.find()).isTrue();
        surveys.answer(link.group(1), 1, "Fick vänta länge.");

        var logged = api.post("/api/improvements", item(number));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    @Test
    void aDueDateInThePastIsRefused() {
        var feedback = Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "other")).add("type", "FEEDBACK").build();
        String number = api.post("/api/cases", feedback).json().getString("number");
        var body = Json.createObjectBuilder(item(number)).add("dueDate", "2020-01-01").build();
        assertThat(api.post("/api/improvements", body).status()).isEqualTo(400);
    }

    private static JsonObject item(String number) {
        return Json.createObjectBuilder()
                .add("caseNumber", number)
                .add("cause", "Otydlig information om öppettider på webben")
                .add("action", "Skriva om sidan om öppettider")
                .add("owner", "greta")
                .add("dueDate", Application.clock().localNow().toLocalDate().plusDays(30).toString())
                .build();
    }

    private List<JsonObject> open() {
        var response = api.get("/api/improvements?status=OPEN");
        assertThat(response.status()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
