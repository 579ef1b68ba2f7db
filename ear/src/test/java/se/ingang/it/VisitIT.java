package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The one-step form: an answered call or a walk-in visit becomes a case, resolved now or routed. */
@ExtendWith(ArquillianExtension.class)
class VisitIT {

    private final Api api = Api.ofThisServer();
    private final Telephony telephony = new Telephony(api);
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(VisitIT.class);
    }

    @Test
    void anAnsweredCallBecomesACaseLinkedToItsRecord() {
        String queue = telephony.newPhoneQueue("fo-it");
        String id = Telephony.callId();
        String digits = Telephony.uniqueDigits();
        assertThat(telephony.send(Telephony.event(id, "2026-10-27T10:00:00+01:00", "070-" + digits, queue, "ANSWERED", 15))
                .status()).isEqualTo(201);

        var created = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "PHONE").add("callId", id)
                .add("customer", Json.createObjectBuilder().add("name", "Örjan Åberg").add("group", "STAFF"))
                .add("topic", "it-account").add("note", "Har glömt sitt lösenord")
                .add("answer", "Lösenordet återställt i telefon").build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var theCase = created.json();
        String number = theCase.getString("number");
        assertThat(created.location()).endsWith("/api/cases/" + number);
        assertThat(theCase.getString("channel")).isEqualTo("PHONE");
        assertThat(theCase.getString("status")).isEqualTo("RESOLVED");
        assertThat(theCase.getBoolean("resolvedAtFirstContact")).isTrue();
        assertThat(theCase.getString("topic")).isEqualTo("it-account");
        assertThat(theCase.getString("subject")).contains("Telefonsamtal");
        assertThat(theCase.getJsonObject("customer").getString("phone")).as("taken from the call").isEqualTo("+4670" + digits);
        assertThat(reads.timeline(number)).extracting(e -> e.getString("body", ""))
                .contains("Har glömt sitt lösenord", "Lösenordet återställt i telefon");
        assertThat(telephony.call(id).getString("caseNumber")).isEqualTo(number);

        var twice = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "PHONE").add("callId", id)
                .add("note", "Igen").build());
        assertThat(twice.status()).as("one case per call").isEqualTo(409);
        assertThat(telephony.call(id).getString("caseNumber")).isEqualTo(number);
    }

    @Test
    void aMissedCallOrAnUnknownCallCannotBeRegisteredThisWay() {
        String queue = telephony.newPhoneQueue("fo-it");
        String missed = Telephony.callId();
        telephony.send(Telephony.event(missed, "2026-10-27T11:00:00+01:00", null, queue, "MISSED", 15));

        var ofMissed = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "PHONE")
                .add("callId", missed).add("note", "Hej").build());
        var unknown = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "PHONE")
                .add("callId", Telephony.callId()).add("note", "Hej").build());
        var noNote = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "VISIT").build());
        var email = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "EMAIL").add("note", "Hej").build());

        assertThat(ofMissed.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("callId");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(email.status()).isEqualTo(400);
    }

    @Test
    void aWalkInVisitIsRegisteredWithChannelVisit_andRouted() {
        String email = Contacts.uniqueEmail();

        var created = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "VISIT")
                .add("customer", Json.createObjectBuilder().add("name", "Sven Besökare").add("email", email).add("group", "STUDENT"))
                .add("topic", "degree").add("note", "Vill ha sitt examensbevis på engelska")
                .add("outcome", "ROUTE").add("group", "examinations").build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var theCase = created.json();
        assertThat(theCase.getString("channel")).isEqualTo("VISIT");
        assertThat(theCase.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(theCase.getString("queue")).isEqualTo("examinations");
        assertThat(theCase.getString("subject")).startsWith("Besök");
        assertThat(reads.events(theCase.getString("number"))).contains("REGISTERED", "ROUTED");
        assertThat(api.get("/api/customers?email=" + email).status()).isEqualTo(200);
    }

    @Test
    void aVisitResolvedOnTheSpot_withoutContactDetails() {
        var created = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "VISIT")
                .add("note", "Frågade var hörsal B finns; visade vägen").build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("channel")).isEqualTo("VISIT");
        assertThat(created.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(created.json().getString("queue")).as("the default front office").isEqualTo("fo-registry");
    }
}
