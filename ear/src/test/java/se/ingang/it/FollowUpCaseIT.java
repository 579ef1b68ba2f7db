package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.cases.boundary.CaseQuery;

/**
 * Writing to a closed case opens one follow-up case; what the customer writes next about the
 * closed case goes to that follow-up while it is open (issue 18, item 3), and to a new
 * follow-up of it once that one is closed too.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpCaseIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(FollowUpCaseIT.class);
    }

    @Test
    void laterMessagesToAClosedCaseGoToItsOpenFollowUp() {
        String email = Contacts.uniqueEmail();
        String closed = ClosedCases.of(api, email);

        var first = message(closed, "Jag har fortfarande inte fått beviset.");
        var second = message(closed, "Och nu har det gått en vecka till.");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("effect")).isEqualTo("FOLLOW_UP_CASE");
        String followUp = first.json().getJsonObject("case").getString("number");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().getJsonObject("case").getString("number")).isEqualTo(followUp);
        assertThat(second.json().getString("effect")).isEqualTo("APPENDED");
        assertThat(reads.timeline(followUp)).filteredOn(e -> e.getString("kind").equals("INBOUND_MESSAGE"))
                .extracting(e -> e.getString("body"))
                .containsExactly("Jag har fortfarande inte fått beviset.", "Och nu har det gått en vecka till.");
        assertThat(Application.cases().list(new CaseQuery(null, null, null, email, null, 0, 10)).total())
                .as("the closed case and one follow-up").isEqualTo(2);
    }

    @Test
    void onceTheFollowUpIsClosedTooTheNextMessageFollowsIt() {
        String closed = ClosedCases.of(api, Contacts.uniqueEmail());
        String followUp = message(closed, "Beviset kom inte.").json().getJsonObject("case").getString("number");
        var resolved = api.post("/api/cases/" + followUp + "/triage", Contacts.withVersion(reads.caseJson(followUp))
                .add("outcome", "RESOLVE").add("reply", "Vi skickar ett nytt.").build()).json();
        assertThat(api.post("/api/cases/" + followUp + "/close", Contacts.version(resolved)).status()).isEqualTo(200);

        var again = message(closed, "Inte det nya heller.");

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        JsonObject next = again.json().getJsonObject("case");
        assertThat(next.getString("number")).isNotIn(closed, followUp);
        assertThat(next.getString("followsCase")).isEqualTo(followUp);
    }

    private Api.Response message(String number, String text) {
        return api.post("/api/cases/" + number + "/customer-messages", Json.createObjectBuilder().add("text", text).build());
    }
}
