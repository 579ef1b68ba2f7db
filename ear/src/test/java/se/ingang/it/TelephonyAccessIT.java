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

/**
 * Who may do what with telephony: the telephone system's machine account (INTEGRATION) reports
 * calls and does nothing else; administrators configure phone queues; callbacks follow the
 * rules of their case; answer rates are for managers, administrators and the agents of the
 * front office a phone queue feeds; one-step registration only into the caller's own front office.
 */
@ExtendWith(ArquillianExtension.class)
class TelephonyAccessIT {

    private final Api admin = Api.ofThisServer();
    private final Telephony telephony = new Telephony(admin);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(TelephonyAccessIT.class);
    }

    @Test
    void theTelephoneSystemsAccountReportsCallsAndDoesNothingElse() {
        String queue = telephony.newPhoneQueue("fo-it");
        // Made as an administrator would: the role is one more value of "roles", the realm maps it like the others.
        String account = "phone-system-" + System.nanoTime();
        var made = admin.post("/api/staff", Json.createObjectBuilder().add("username", account)
                .add("displayName", "Telefonisystemet").add("roles", Json.createArrayBuilder().add("INTEGRATION"))
                .add("password", "Maskinkontots-lösenord-1").build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        var phoneSystem = Api.as(account, "Maskinkontots-lösenord-1");
        String callId = Telephony.callId();

        var event = phoneSystem.post("/api/calls/events", Telephony.event(callId, "2026-10-28T09:00:00+01:00",
                "070" + Telephony.uniqueDigits(), queue, "MISSED", 40).build());
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        var imported = phoneSystem.postBody("/api/calls/imports", "text/csv; charset=UTF-8", """
                call_id,start_time,caller,queue,result,wait_seconds
                %s,2026-10-28 10:00,070%s,%s,answered,5
                """.formatted(Telephony.callId(), Telephony.uniqueDigits(), queue));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(1);

        String callbackCase = event.json().getString("callbackCase");
        assertThat(phoneSystem.get("/api/cases/" + callbackCase).status()).isEqualTo(403);
        assertThat(phoneSystem.get("/api/callbacks/" + callbackCase).status()).isEqualTo(403);
        assertThat(phoneSystem.get("/api/calls/" + callId).status()).isEqualTo(403);
        assertThat(phoneSystem.get("/api/phone-queues").status()).isEqualTo(403);
        assertThat(phoneSystem.get("/api/phone-queues/" + queue + "/answer-rate?from=2026-10-28&to=2026-10-28").status())
                .isEqualTo(403);
        assertThat(phoneSystem.get("/api/queues").status()).isEqualTo(403);
        assertThat(phoneSystem.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account")).status())
                .isEqualTo(403);
        // Issue 16 item 13: refused outright, not answered with empty lists.
        assertThat(phoneSystem.get("/api/cases?size=200").status()).as("case list").isEqualTo(403);
        assertThat(phoneSystem.get("/api/search?q=" + callbackCase).status()).as("search").isEqualTo(403);
    }

    @Test
    void staffDoNotReportCalls_exceptAnAdministratorByHand() {
        String queue = telephony.newPhoneQueue("fo-it");
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
        var agent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));

        for (var caller : List.of(manager, agent)) {
            var refused = caller.post("/api/calls/events", Telephony.event(Telephony.callId(), "2026-10-28T11:00:00+01:00",
                    null, queue, "MISSED", 5).build());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().getString("type")).isEqualTo("urn:ingang:problem:access-denied");
            assertThat(caller.postBody("/api/calls/imports", "text/csv; charset=UTF-8",
                    "call_id,start_time,queue,result\n" + Telephony.callId() + ",2026-10-28 11:00," + queue + ",missed\n")
                    .status()).isEqualTo(403);
        }
        assertThat(admin.post("/api/calls/events", Telephony.event(Telephony.callId(), "2026-10-28T11:00:00+01:00",
                null, queue, "MISSED", 5).build()).status()).isEqualTo(201);
    }

    @Test
    void phoneQueuesAreSeenByStaffAndConfiguredByAdministrators() {
        String queue = telephony.newPhoneQueue("fo-it");
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));
        var change = Json.createObjectBuilder().add("name", "Omdöpt").add("frontOffice", "fo-study").build();

        assertThat(handler.get("/api/phone-queues").status()).isEqualTo(200);
        assertThat(handler.get("/api/phone-queues/" + queue).status()).isEqualTo(200);
        assertThat(manager.put("/api/phone-queues/" + queue, change).status()).isEqualTo(403);
        assertThat(handler.put("/api/phone-queues/pq-new-" + System.nanoTime(), change).status()).isEqualTo(403);
        assertThat(admin.get("/api/phone-queues/" + queue).json().getString("frontOffice")).isEqualTo("fo-it");
    }

    @Test
    void answerRatesAreForManagersAndTheAgentsOfTheFrontOfficeFed() {
        String itQueue = telephony.newPhoneQueue("fo-it");
        String studyQueue = telephony.newPhoneQueue("fo-study");
        var itAgent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
        String period = "?from=2026-10-01&to=2026-10-31";

        assertThat(itAgent.get("/api/phone-queues/" + itQueue + "/answer-rate" + period).status()).isEqualTo(200);
        assertThat(itAgent.get("/api/phone-queues/" + studyQueue + "/answer-rate" + period).status()).isEqualTo(403);
        assertThat(handler.get("/api/phone-queues/" + itQueue + "/answer-rate" + period).status()).isEqualTo(403);
        assertThat(manager.get("/api/phone-queues/" + studyQueue + "/answer-rate" + period).status()).isEqualTo(200);

        assertThat(rates(itAgent.get("/api/phone-queues/answer-rates" + period))).contains(itQueue).doesNotContain(studyQueue);
        assertThat(rates(handler.get("/api/phone-queues/answer-rates" + period))).doesNotContain(itQueue, studyQueue);
        assertThat(rates(manager.get("/api/phone-queues/answer-rates" + period))).contains(itQueue, studyQueue);
    }

    @Test
    void callbacksAndCallRecordsFollowTheirFrontOffice() {
        String queue = telephony.newPhoneQueue("fo-study");
        String callId = Telephony.callId();
        String number = telephony.send(Telephony.event(callId, "2026-10-29T09:00:00+01:00", "070" + Telephony.uniqueDigits(),
                queue, "MISSED", 20)).json().getString("callbackCase");
        var outsider = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));
        var studyAgent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-study"));
        var attempt = Json.createObjectBuilder().add("outcome", "NO_ANSWER").add("note", "Inget svar").build();

        assertThat(outsider.get("/api/callbacks/" + number).status()).isEqualTo(403);
        assertThat(outsider.post("/api/callbacks/" + number + "/attempts", attempt).status()).isEqualTo(403);
        assertThat(outsider.get("/api/calls/" + callId).status()).isEqualTo(403);
        assertThat(admin.get("/api/callbacks/" + number).json().getInt("attempts")).as("nothing recorded").isZero();

        assertThat(studyAgent.get("/api/callbacks/" + number).status()).isEqualTo(200);
        assertThat(studyAgent.get("/api/calls/" + callId).status()).isEqualTo(200);
        var recorded = studyAgent.post("/api/callbacks/" + number + "/attempts", attempt);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().getInt("attempts")).isEqualTo(1);
    }

    @Test
    void oneStepRegistrationOnlyIntoTheCallersOwnFrontOffice() {
        var itAgent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));
        String elsewhere = Contacts.uniqueEmail();
        String own = Contacts.uniqueEmail();

        var refused = itAgent.post("/api/one-step-cases", visit(elsewhere, "degree"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(admin.get("/api/cases?customerEmail=" + elsewhere).json().getInt("total")).as("nothing left behind")
                .isZero();

        var created = itAgent.post("/api/one-step-cases", visit(own, "it-account"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("RESOLVED");
    }

    private static JsonObject visit(String email, String topic) {
        return Json.createObjectBuilder().add("channel", "VISIT")
                .add("customer", Json.createObjectBuilder().add("name", "Vera Besökare").add("email", email).add("group", "STUDENT"))
                .add("topic", topic).add("note", "Frågade vid disken").add("answer", "Fick svar direkt").build();
    }

    private static List<String> rates(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return array(response).stream().map(rate -> rate.getString("phoneQueue")).toList();
    }

    static List<JsonObject> array(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
