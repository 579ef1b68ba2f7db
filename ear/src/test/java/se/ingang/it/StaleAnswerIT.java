package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Answers carry the case version they were written against (issue 18, item 6): of two agents
 * who answer the same customer from the same view, the second is refused with a 409 that names
 * the first one's answer, and the customer gets one mail.
 */
@ExtendWith(ArquillianExtension.class)
class StaleAnswerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(StaleAnswerIT.class);
    }

    @Test
    void theSecondOfTwoRepliesOnOneVersionIsRefusedAndTheCustomerGetsOneMail() {
        String email = Contacts.uniqueEmail();
        var created = api.post("/api/cases", Contacts.newCase(email, "exams")).json();
        String number = created.getString("number");
        String queue = created.getString("queue");
        String anna = Application.newLoginUser(StaffRole.AGENT, queue);
        var first = Application.apiAs(anna);
        var second = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, queue));
        var seen = versionOf(second.get("/api/cases/" + number).json());

        var answered = first.post("/api/cases/" + number + "/replies", answer(seen, "Ditt intyg skickas i dag."));
        var twice = second.post("/api/cases/" + number + "/replies", answer(seen, "Vi återkommer om intyget."));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().getString("detail")).as("names the other answer")
                .contains(anna + " answered the customer", "Ditt intyg skickas i dag.");
        await().atMost(WAIT).until(() -> MailChannel.mailOf(api, number).getJsonArray("messages").getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("direction").equals("OUT")).allMatch(m -> m.getString("status").equals("SENT"))
                && !MailChannel.inboxOf(email).isEmpty());
        assertThat(MailChannel.inboxOf(email)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Ditt intyg skickas i dag.").doesNotContain("Vi återkommer"));
        assertThat(outbound(api.get("/api/cases/" + number).json())).isEqualTo(1);
    }

    /** The first response is given already: a later answer changes only the timeline, and still moves the version. */
    @Test
    void aLaterAnswerOnAStaleViewIsRefusedToo() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();
        String number = created.getString("number");
        assertThat(api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Vi har tagit emot din fråga."))
                .status()).isEqualTo(201);
        long seen = versionOf(api.get("/api/cases/" + number).json());

        var answered = api.post("/api/cases/" + number + "/replies", answer(seen, "Intyget är skickat."));
        var twice = api.post("/api/cases/" + number + "/replies", answer(seen, "Intyget skickas i morgon."));
        var noted = api.post("/api/cases/" + number + "/notes", answer(versionOf(answered.json()), "Klart."));
        var notedTwice = api.post("/api/cases/" + number + "/notes", answer(versionOf(answered.json()), "Klart igen."));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().getString("detail")).contains("Intyget är skickat.").doesNotContain("Vi har tagit emot");
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        assertThat(notedTwice.status()).as(notedTwice.toString()).isEqualTo(409);
        assertThat(outbound(api.get("/api/cases/" + number).json())).isEqualTo(2);
    }

    @Test
    void aStaleResolveWithReplyOrQuestionIsRefusedAndTheCaseStaysAsTheColleagueLeftIt() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();
        String number = created.getString("number");
        var view = api.get("/api/cases/" + number).json();
        long seen = versionOf(view);
        assertThat(api.post("/api/cases/" + number + "/replies", answer(seen, "Svar från en kollega.")).status()).isEqualTo(201);

        var resolved = api.post("/api/cases/" + number + "/resolve",
                Contacts.withVersion(view).add("reply", "Ärendet är löst.").build());
        var asked = api.post("/api/cases/" + number + "/questions",
                Contacts.withVersion(view).add("text", "Vilket program läser du?").build());

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(409);
        assertThat(resolved.json().getString("detail")).contains("Svar från en kollega.");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
        var now = api.get("/api/cases/" + number).json();
        assertThat(now.getString("status")).isEqualTo(view.getString("status"));
        assertThat(outbound(now)).isEqualTo(1);
    }

    @Test
    void aNoteWrittenOnAStaleViewIsRefusedAndWrittenAgainstTheFreshOneItIsSaved() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();
        String number = created.getString("number");
        long seen = versionOf(created);
        assertThat(api.post("/api/cases/" + number + "/replies", answer(seen, "Hej, vi tittar på det.")).status()).isEqualTo(201);

        var stale = api.post("/api/cases/" + number + "/notes", answer(seen, "Kunden har inte fått svar än."));
        var fresh = api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "Kunden har fått svar."));
        var missing = api.post("/api/cases/" + number + "/notes",
                jakarta.json.Json.createObjectBuilder().add("text", "Utan version.").build());

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("detail")).contains("answered the customer", "Hej, vi tittar på det.");
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(201);
        assertThat(missing.status()).as("the version is required").isEqualTo(400);
        var notes = api.get("/api/cases/" + number).json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INTERNAL_NOTE")).map(e -> e.getString("body")).toList();
        assertThat(notes).containsExactly("Kunden har fått svar.");
    }

    private static JsonObject answer(long version, String text) {
        return jakarta.json.Json.createObjectBuilder().add("version", version).add("text", text).build();
    }

    private static long versionOf(JsonObject theCase) {
        return theCase.getJsonNumber("version").longValue();
    }

    private static long outbound(JsonObject theCase) {
        return theCase.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("OUTBOUND_MESSAGE")).count();
    }
}
