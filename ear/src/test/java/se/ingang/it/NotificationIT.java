package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * A person reads their own notifications (issue 18, item 7): the recipient filter holds with a
 * case number too, someone else's are refused, and only their recipient marks them read.
 * Each test has a queue of its own, so no other test's notifications count.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(NotificationIT.class);
    }

    @Test
    void aColleagueReadsOnlyTheirOwnNotificationsOfACase() {
        var team = newTeam();
        var asAnna = Application.apiAs(team.anna());

        var annasOfCase = recipients(asAnna.get("/api/notifications?caseNumber=" + team.number()));
        var someoneElses = asAnna.get("/api/notifications?caseNumber=" + team.number() + "&recipient=" + team.bo());
        var askedForAnnas = recipients(api.get("/api/notifications?caseNumber=" + team.number() + "&recipient=" + team.anna()));
        var everything = recipients(api.get("/api/notifications?caseNumber=" + team.number()));

        // Hers, and her queue's (a new case may notify its queue); never Bo's.
        assertThat(annasOfCase).contains(team.anna()).doesNotContain(team.bo()).isSubsetOf(team.anna(), team.queue());
        assertThat(someoneElses.status()).as(someoneElses.toString()).isEqualTo(403);
        assertThat(askedForAnnas).as("the recipient filter holds with a case number").containsExactly(team.anna());
        assertThat(everything).as("an administrator reads everything said about the case")
                .contains(team.anna(), team.bo());
    }

    @Test
    void onlyItsRecipientMarksANotificationRead_oneOrAll() {
        var team = newTeam();
        var asAnna = Application.apiAs(team.anna());
        var asBo = Application.apiAs(team.bo());
        long annas = mentionOf(asAnna, team.anna(), team.number()).getJsonNumber("id").longValue();
        long unread = unread(asAnna);
        assertThat(unread).isGreaterThanOrEqualTo(1);

        var byBo = asBo.post("/api/notifications/" + annas + "/read", Json.createObjectBuilder().build());
        var byAdministrator = api.post("/api/notifications/" + annas + "/read", Json.createObjectBuilder().build());
        var unknown = asAnna.post("/api/notifications/999999999999/read", Json.createObjectBuilder().build());
        assertThat(byBo.status()).as(byBo.toString()).isEqualTo(404);
        assertThat(byAdministrator.status()).as("reading is not acknowledging").isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(mentionOf(asAnna, team.anna(), team.number()).isNull("readAt")).isTrue();

        var read = asAnna.post("/api/notifications/" + annas + "/read", Json.createObjectBuilder().build());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().isNull("readAt")).isFalse();
        assertThat(unread(asAnna)).isEqualTo(unread - 1);
        assertThat(mentionOf(asBo, team.bo(), team.number()).isNull("readAt")).as("Bo's own is untouched").isTrue();

        var all = asBo.post("/api/notifications/read", Json.createObjectBuilder().build());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().getInt("marked")).isGreaterThanOrEqualTo(1);
        assertThat(unread(asBo)).isZero();
        assertThat(mentionOf(asBo, team.bo(), team.number()).isNull("readAt")).isFalse();
    }

    /** Two agents of a new front-office queue, both mentioned in a note on a new case of that queue. */
    private Team newTeam() {
        String queue = "it-note-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post("/api/queues", Json.createObjectBuilder().add("code", queue).add("name", "Aviseringskö")
                .add("kind", "FRONT_OFFICE").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String anna = Application.newLoginUser(StaffRole.AGENT, queue);
        String bo = Application.newLoginUser(StaffRole.AGENT, queue);
        var contact = Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "other")).remove("topic")
                .add("frontOffice", queue).build();
        String number = api.post("/api/cases", contact).json().getString("number");
        var noted = api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "@" + anna + " och @" + bo + ", titta."));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        return new Team(queue, anna, bo, number);
    }

    private record Team(String queue, String anna, String bo, String number) {
    }

    private static JsonObject mentionOf(Api as, String recipient, String number) {
        return list(as.get("/api/notifications?recipient=" + recipient)).stream()
                .filter(n -> n.getString("kind").equals("MENTIONED") && number.equals(n.getString("caseNumber")))
                .findFirst().orElseThrow();
    }

    private static long unread(Api as) {
        var count = as.get("/api/notifications/unread-count");
        assertThat(count.status()).as(count.toString()).isEqualTo(200);
        return count.json().getJsonNumber("unread").longValue();
    }

    private static List<String> recipients(Api.Response response) {
        return list(response).stream().map(n -> n.getString("recipient")).toList();
    }

    private static List<JsonObject> list(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
