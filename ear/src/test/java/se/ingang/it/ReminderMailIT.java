package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer we wait for is reminded by e-mail (through the outbox, in their language,
 * quoting our question and tagged with the case number), not only on the timeline.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderMailIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ReminderMailIT.class);
    }

    @Test
    void aSilentCustomerGetsTheReminderByMailInSwedishAndInEnglish() {
        String swedish = Contacts.uniqueEmail();
        String sv = waitingCase(Contacts.newCase(swedish, "it-software"), "Vilket serienummer har datorn?");
        String english = Contacts.uniqueEmail();
        String en = waitingCase(Json.createObjectBuilder(Contacts.newCase(english, "it-software"))
                .add("subject", "My laptop will not start")
                .add("message", "Hello, my laptop will not start. Please help, thanks").build(), "Which serial number does it have?");

        Application.advanceClock(Duration.ofDays(8));
        await().atMost(WAIT).until(() -> reads.events(sv).contains("REMINDER_SENT") && reads.events(en).contains("REMINDER_SENT"));

        await().atMost(WAIT).until(() -> reminderOf(swedish) != null && reminderOf(english) != null);
        var svMail = reminderOf(swedish);
        assertThat(svMail.subject()).isEqualTo("[Ärende " + sv + "] Påminnelse: Fråga om it-software");
        assertThat(svMail.text()).contains("Vi väntar fortfarande på ditt svar i ärende " + sv, "> Vilket serienummer har datorn?");
        var enMail = reminderOf(english);
        assertThat(enMail.subject()).isEqualTo("[Ärende " + en + "] Reminder: My laptop will not start");
        assertThat(enMail.text()).contains("We are still waiting for your answer in case " + en, "> Which serial number does it have?");

        var stored = MailChannel.mailOf(api, sv).getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(stored).filteredOn(m -> m.getString("kind").equals("REMINDER")).singleElement()
                .satisfies(m -> assertThat(m.getString("to")).isEqualTo(swedish));
        assertThat(reads.events(sv).stream().filter("REMINDER_SENT"::equals)).hasSize(1);
    }

    private String waitingCase(JsonObject contact, String question) {
        var created = api.post("/api/cases", contact);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");
        var routed = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created.json()).add("outcome", "ROUTE").build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        var asked = api.post("/api/cases/" + number + "/questions", Contacts.withVersion(routed.json()).add("text", question).build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        return number;
    }

    private static Mailbox.Mail reminderOf(String address) {
        return Mailbox.of(address).stream().filter(m -> m.subject().contains("Påminnelse") || m.subject().contains("Reminder"))
                .findFirst().orElse(null);
    }
}
