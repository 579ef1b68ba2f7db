package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/** Internal notes that @-mention colleagues and groups notify them; mentions of nobody are reported. */
@ExtendWith(ArquillianExtension.class)
class MentionIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MentionIT.class);
    }

    @Test
    void aMentionedColleagueAndGroupAreNotified_andAnUnknownMentionIsReportedBack() {
        // The case is in fo-registry (topic invoices): its agents and the group itself may open it.
        String colleague = Application.newStaffMember(StaffRole.AGENT, "fo-registry");
        String number = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "invoices")).json().getString("number");

        String text = "@" + colleague + " kan du kolla fakturan? Kanske vet @fo-registry, annars @nobody-" + colleague + ".";
        var noted = api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, text));

        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        var note = reads.timeline(number).stream().filter(e -> e.getString("kind").equals("INTERNAL_NOTE")).findFirst().orElseThrow();
        assertThat(note.getString("body")).isEqualTo(text);
        assertThat(note.getString("detail")).isEqualTo("notified: @" + colleague + ", @fo-registry; unknown mentions: @nobody-" + colleague);
        var notifications = list("/api/notifications?caseNumber=" + number).stream()
                .filter(n -> n.getString("kind").equals("MENTIONED")).map(n -> n.getString("recipient")).toList();
        assertThat(notifications).containsExactlyInAnyOrder(colleague, "fo-registry");
        assertThat(list("/api/notifications?recipient=" + colleague)).anyMatch(n -> number.equals(n.getString("caseNumber"))
                && n.getString("message").contains("mentioned you in a note on case " + number));
    }

    @Test
    void aNoteWithoutMentionsNotifiesNobody_andAnEmailAddressIsNotAMention() {
        String number = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "invoices")).json().getString("number");

        var noted = api.post("/api/cases/" + number + "/notes",
                Contacts.textAt(api, number, "Kunden skrev från finance@example.se i går."));

        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        assertThat(noted.json().getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("kind").equals("INTERNAL_NOTE") && e.isNull("detail"));
        assertThat(list("/api/notifications?caseNumber=" + number)).noneMatch(n -> n.getString("kind").equals("MENTIONED"));
    }

    /** Issue 18, item 7: a mention they could not follow is refused when it is written, naming them. */
    @Test
    void aMentionOfAColleagueOrGroupWhoMayNotOpenTheCaseIsRefusedAndNothingIsWritten() {
        String outsider = Application.newStaffMember(StaffRole.HANDLER, "finance");
        String colleague = Application.newStaffMember(StaffRole.AGENT, "fo-registry");
        String number = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "invoices")).json().getString("number");

        var person = api.post("/api/cases/" + number + "/notes",
                Contacts.textAt(api, number, "@" + colleague + " och @" + outsider + ", vad säger ni?"));
        var group = api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "Frågar @finance."));

        assertThat(person.status()).as(person.toString()).isEqualTo(400);
        assertThat(person.body()).contains("@" + outsider + " may not open case " + number).doesNotContain("@" + colleague + " may");
        assertThat(group.status()).as(group.toString()).isEqualTo(400);
        assertThat(group.body()).contains("@finance may not open case " + number, "consultation");
        assertThat(reads.timeline(number)).noneMatch(e -> e.getString("kind").equals("INTERNAL_NOTE"));
        assertThat(list("/api/notifications?caseNumber=" + number)).noneMatch(n -> n.getString("kind").equals("MENTIONED"));
    }

    private List<JsonObject> list(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
