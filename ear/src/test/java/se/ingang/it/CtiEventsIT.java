package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CTI events: one per call, idempotent on the call id; a later event may complete the call, never rewrite it. */
@ExtendWith(ArquillianExtension.class)
class CtiEventsIT {

    private final Api api = Api.ofThisServer();
    private final Telephony telephony = new Telephony(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CtiEventsIT.class);
    }

    @Test
    void anEventIsRecordedOnce_andTheSameEventAgainChangesNothing() {
        String queue = telephony.newPhoneQueue("fo-it");
        String id = Telephony.callId();
        var event = Telephony.event(id, "2026-10-12T09:30:00+02:00", "070-" + Telephony.uniqueDigits(), queue, "ANSWERED", 12)
                .add("agent", "anna").build();

        var first = telephony.send(event);
        var again = telephony.send(event);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).endsWith("/api/calls/" + id);
        assertThat(first.json().getString("effect")).isEqualTo("RECORDED");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("effect")).isEqualTo("DUPLICATE");
        var call = telephony.call(id);
        assertThat(call.getString("source")).isEqualTo("CTI");
        assertThat(call.getString("startTime")).isEqualTo("2026-10-12T07:30:00Z");
        assertThat(call.getInt("version")).as("not rewritten").isZero();
    }

    @Test
    void aMissedCallLaterReportedAnsweredIsUpdated_andItsCallbackCaseIsTold() {
        String queue = telephony.newPhoneQueue("fo-it");
        String id = Telephony.callId();
        String caller = "070-" + Telephony.uniqueDigits();
        var missed = telephony.send(Telephony.event(id, "2026-10-13T10:00:00+02:00", caller, queue, "MISSED", 40));
        assertThat(missed.status()).isEqualTo(201);
        String callbackCase = missed.json().getString("callbackCase");

        var answered = telephony.send(Telephony.event(id, "2026-10-13T10:00:00+02:00", caller, queue, "ANSWERED", 95)
                .add("agent", "bertil"));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("effect")).isEqualTo("UPDATED");
        assertThat(answered.json().getString("callbackCase")).isEqualTo(callbackCase);
        var call = telephony.call(id);
        assertThat(call.getString("result")).isEqualTo("ANSWERED");
        assertThat(call.getString("agent")).isEqualTo("bertil");
        assertThat(call.getInt("waitSeconds")).isEqualTo(95);
        assertThat(new CaseReads(api).timeline(callbackCase)).anySatisfy(entry ->
                assertThat(entry.getString("body", "")).contains(id + " was answered after all"));

        var unanswer = telephony.send(Telephony.event(id, "2026-10-13T10:00:00+02:00", caller, queue, "MISSED", 95));
        var moved = telephony.send(Telephony.event(id, "2026-10-13T11:00:00+02:00", caller, queue, "ANSWERED", 95));
        assertThat(unanswer.status()).as("an answered call stays answered").isEqualTo(409);
        assertThat(moved.status()).as("another start time is another call, not this one").isEqualTo(409);
        assertThat(telephony.call(id).getString("result")).isEqualTo("ANSWERED");
    }

    @Test
    void theCalledNumberMayNameTheQueue() {
        String number = "08-" + Telephony.uniqueDigits();
        String queue = telephony.newPhoneQueue("fo-study", number);
        String id = Telephony.callId();

        var response = api.post("/api/calls/events", Json.createObjectBuilder().add("callId", id)
                .add("startTime", "2026-10-14T08:00:00Z").add("calledNumber", number.replace("08-", "+46 8 "))
                .add("result", "ANSWERED").build());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(telephony.call(id).getString("phoneQueue")).isEqualTo(queue);
    }

    @Test
    void badEventsAreRefusedWithTheFieldsThatAreWrong() {
        String queue = telephony.newPhoneQueue("fo-it");

        var noId = api.post("/api/calls/events", Json.createObjectBuilder().add("startTime", "2026-10-14T08:00:00Z")
                .add("queue", queue).add("result", "MISSED").add("waitSeconds", -1).build());
        var unknownQueue = telephony.send(Telephony.event(Telephony.callId(), "2026-10-14T08:00:00Z", null,
                "no-such-" + queue, "MISSED", 1));
        var unknownResult = api.postRaw("/api/calls/events", """
                {"callId": "x-%s", "startTime": "2026-10-14T08:00:00Z", "queue": "%s", "result": "BUSY"}
                """.formatted(Telephony.callId(), queue));

        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.body()).contains("callId", "waitSeconds");
        assertThat(unknownQueue.status()).isEqualTo(400);
        assertThat(unknownQueue.body()).contains("queue", "unknown phone queue");
        assertThat(unknownResult.status()).isEqualTo(400);
    }

    @Test
    void phoneQueuesAreConfiguredByAnAdministrator() {
        String queue = telephony.newPhoneQueue("fo-it");
        var seen = api.get("/api/phone-queues/" + queue).json();

        var moved = api.put("/api/phone-queues/" + queue, Json.createObjectBuilder().add("name", "Studentexpeditionen")
                .add("frontOffice", "fo-study").add("version", seen.getInt("version")).build());
        var stale = api.put("/api/phone-queues/" + queue, Json.createObjectBuilder().add("name", "Gammal")
                .add("frontOffice", "fo-it").add("version", seen.getInt("version")).build());
        var backOffice = api.put("/api/phone-queues/" + queue, Json.createObjectBuilder().add("name", "Fel")
                .add("frontOffice", "finance").build());

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("frontOffice")).isEqualTo("fo-study");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(backOffice.status()).isEqualTo(400);
        assertThat(api.get("/api/phone-queues").body()).contains("\"code\":\"" + queue + "\"");
    }
}
