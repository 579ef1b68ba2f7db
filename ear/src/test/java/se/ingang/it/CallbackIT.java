package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Missed calls become callback cases: one per number and day, none for hidden numbers; agents record attempts. */
@ExtendWith(ArquillianExtension.class)
class CallbackIT {

    private final Api api = Api.ofThisServer();
    private final Telephony telephony = new Telephony(api);
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CallbackIT.class);
    }

    @Test
    void missedCallsFromOneNumberOnOneDayMakeOneCallbackCase() {
        String queue = telephony.newPhoneQueue("fo-study");
        String digits = Telephony.uniqueDigits();
        String csv = """
                call_id,start_time,caller,queue,result,wait_seconds
                %1$s-1,2026-10-20 08:05,070-%2$s,%3$s,missed,30
                %1$s-2,2026-10-20 11:40,+46 70 %2$s,%3$s,missed,50
                %1$s-3,2026-10-20 23:59,0046 70%2$s,%3$s,missed,10
                %1$s-4,2026-10-21 00:01,070%2$s,%3$s,missed,10
                %1$s-5,2026-10-20 12:00,070%2$s,%3$s,answered,10
                """.formatted(Telephony.callId(), digits, queue);

        var report = telephony.importedOk(csv);

        var opened = Telephony.strings(report, "callbackCasesOpened");
        assertThat(opened).as("20 October and 21 October").hasSize(2);
        String first = opened.get(0);
        var theCase = reads.caseJson(first);
        assertThat(theCase.getString("channel")).isEqualTo("PHONE");
        assertThat(theCase.getString("type")).isEqualTo("CALLBACK");
        assertThat(theCase.getString("queue")).as("the phone queue's front office").isEqualTo("fo-study");
        assertThat(theCase.getString("status")).isEqualTo("NEW");
        assertThat(theCase.getJsonObject("customer").getString("phone")).isEqualTo("+4670" + digits);
        assertThat(reads.events(first).stream().filter("MISSED_CALL"::equals).count()).isEqualTo(3);
        var callback = telephony.callback(first);
        assertThat(callback.getInt("missedCalls")).isEqualTo(3);
        assertThat(callback.getString("day")).isEqualTo("2026-10-20");
        assertThat(callback.getString("callerNumber")).isEqualTo("+4670" + digits);
        assertThat(telephony.callback(opened.get(1)).getString("day")).isEqualTo("2026-10-21");
        assertThat(telephony.call(csvId(csv, 2)).getString("callbackCase")).isEqualTo(first);
    }

    /** The callback's own short deadline comes from the SLA policy's CALLBACK row. */
    @Test
    void aCallbackCaseHasTheShortDeadlineOfThePolicy() {
        String queue = telephony.newPhoneQueue("fo-it");
        var sent = telephony.send(Telephony.event(Telephony.callId(), "2026-10-22T09:00:00+02:00",
                "070" + Telephony.uniqueDigits(), queue, "MISSED", 20));
        String number = sent.json().getString("callbackCase");

        var firstResponse = reads.deadline(number, "FIRST_RESPONSE");
        var resolution = reads.deadline(number, "RESOLUTION");

        assertThat(firstResponse.getString("target")).isEqualTo("PT2H");
        assertThat(resolution.getString("target")).isEqualTo("PT8H");
    }

    /**
     * The callback's clocks start when the call was missed, in business time, however late the
     * call log arrives; the import is on the timeline after the missed call (issue 18, item 2).
     */
    @Test
    void theCallbackClockStartsAtTheMissedCallNotAtTheImport() {
        String queue = telephony.newPhoneQueue("fo-study");
        String digits = Telephony.uniqueDigits();
        String ids = Telephony.callId();
        String csv = """
                call_id,start_time,caller,queue,result,wait_seconds
                %1$s-1,2026-10-22 09:20,070-%2$s,%3$s,missed,30
                %1$s-2,2026-10-23 16:30,070-%2$s,%3$s,missed,30
                """.formatted(ids, digits, queue);

        var opened = Telephony.strings(telephony.importedOk(csv), "callbackCasesOpened");

        assertThat(opened).hasSize(2);
        String thursday = opened.get(0);
        String friday = opened.get(1);
        assertThat(instant(reads.caseJson(thursday), "receivedAt")).isEqualTo("2026-10-22T07:20:00Z");
        assertThat(instant(reads.deadline(thursday, "FIRST_RESPONSE"), "dueAt"))
                .as("09:20 + 2 h of business time").isEqualTo("2026-10-22T09:20:00Z");
        assertThat(instant(reads.deadline(friday, "FIRST_RESPONSE"), "dueAt"))
                .as("Friday 16:30 + 2 h of business time: Monday 09:30 (winter time)").isEqualTo("2026-10-26T08:30:00Z");
        var timeline = reads.timeline(friday);
        var missed = timeline.stream().filter(e -> e.getString("kind").equals("INBOUND_MESSAGE")).findFirst().orElseThrow();
        var registered = timeline.stream().filter(e -> "REGISTERED".equals(e.getString("event", null))).findFirst().orElseThrow();
        assertThat(instant(missed, "occurredAt")).isEqualTo("2026-10-23T14:30:00Z");
        assertThat(Instant.parse(registered.getString("occurredAt"))).as("the import, after the call")
                .isAfter(Instant.parse("2026-10-23T14:30:00Z"));
        assertThat(registered.getString("detail")).contains("call log");
        assertThat(timeline.indexOf(missed)).isLessThan(timeline.indexOf(registered));
    }

    @Test
    void hiddenNumbersMakeNoCase_butAreCounted() {
        String queue = telephony.newPhoneQueue("fo-it");
        String csv = """
                call_id,start_time,caller,queue,result,wait_seconds
                %1$s-1,2026-10-23 09:00,anonymous,%2$s,missed,30
                %1$s-2,2026-10-23 09:01,,%2$s,missed,30
                %1$s-3,2026-10-23 09:02,Dolt nummer,%2$s,missed,30
                """.formatted(Telephony.callId(), queue);

        var report = telephony.importedOk(csv);

        assertThat(report.getInt("imported")).isEqualTo(3);
        assertThat(Telephony.strings(report, "callbackCasesOpened")).isEmpty();
        var figures = telephony.answerRate(queue, "2026-10-23", "2026-10-23");
        assertThat(figures.getInt("missed")).isEqualTo(3);
        assertThat(figures.getInt("missedFromHiddenNumbers")).isEqualTo(3);
        assertThat(figures.getInt("callbackCases")).isZero();
    }

    @Test
    void agentsRecordAttempts_noAnswerKeepsTheCase_reachedResolvesIt() {
        String queue = telephony.newPhoneQueue("fo-registry");
        String caller = "070" + Telephony.uniqueDigits();
        String number = telephony.send(Telephony.event(Telephony.callId(), "2026-10-26T09:00:00+01:00", caller, queue,
                "MISSED", 20)).json().getString("callbackCase");

        var noAnswer = attempt(number, Json.createObjectBuilder().add("outcome", "NO_ANSWER").add("note", "Röstbrevlåda"));
        assertThat(reads.status(number)).isEqualTo("NEW");
        var stale = attempt(number, Json.createObjectBuilder().add("outcome", "RESOLVED").add("version", 0));
        long version = reads.caseJson(number).getJsonNumber("version").longValue();
        var reached = attempt(number, Json.createObjectBuilder().add("outcome", "RESOLVED")
                .add("note", "Förklarade hur man byter lösenord").add("version", version));
        var afterResolved = attempt(number, Json.createObjectBuilder().add("outcome", "NO_ANSWER"));

        assertThat(noAnswer.status()).as(noAnswer.toString()).isEqualTo(200);
        assertThat(noAnswer.json().getInt("attempts")).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(reached.status()).as(reached.toString()).isEqualTo(200);
        assertThat(reached.json().getInt("attempts")).isEqualTo(2);
        assertThat(reached.json().getJsonArray("attemptLog").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("outcome")).containsExactly("NO_ANSWER", "RESOLVED");
        assertThat(afterResolved.status()).isEqualTo(409);
        assertThat(reads.status(number)).isEqualTo("RESOLVED");
        var timeline = reads.timeline(number);
        assertThat(timeline).filteredOn(e -> "CALLBACK_ATTEMPTED".equals(e.getString("event", null)))
                .extracting(e -> e.getString("detail"))
                .containsExactly("attempt 1: no answer, try again", "attempt 2: reached, resolved");
        assertThat(timeline).filteredOn(e -> e.getString("kind").equals("INTERNAL_NOTE")).extracting(e -> e.getString("body"))
                .containsExactly("Röstbrevlåda");
        assertThat(timeline).filteredOn(e -> e.getString("kind").equals("OUTBOUND_MESSAGE")).extracting(e -> e.getString("body"))
                .containsExactly("Förklarade hur man byter lösenord");

        // Callbacks are counted on the day they were made.
        String madeOn = Instant.parse(reached.json().getJsonArray("attemptLog").getJsonObject(1).getString("at"))
                .atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
        assertThat(telephony.answerRate(queue, madeOn, madeOn).getInt("callbacksMade")).isEqualTo(2);

        // The number misses us again the same day after it was helped: like a reply, it reopens the case.
        var again = telephony.send(Telephony.event(Telephony.callId(), "2026-10-26T15:00:00+01:00", caller, queue,
                "MISSED", 20));
        assertThat(again.json().getString("callbackCase")).isEqualTo(number);
        assertThat(again.json().getBoolean("callbackCaseCreated")).isFalse();
        assertThat(reads.status(number)).isEqualTo("NEW");
        assertThat(reads.events(number)).endsWith("REOPENED", "MISSED_CALL");
        assertThat(telephony.callback(number).getInt("missedCalls")).isEqualTo(2);
        assertThat(attempt(number, Json.createObjectBuilder().add("outcome", "NO_ANSWER")).json().getInt("attempts"))
                .isEqualTo(3);
    }

    /** GDPR erasure reaches the call log: the calls stay (as from a hidden number), the number goes. */
    @Test
    void erasingAPersonErasesTheirNumberFromTheCallLog() {
        String queue = telephony.newPhoneQueue("fo-it");
        String digits = Telephony.uniqueDigits();
        String email = Contacts.uniqueEmail();
        String answered = Telephony.callId();
        String missed = Telephony.callId();
        telephony.send(Telephony.event(answered, "2026-10-28T09:00:00+01:00", "070-" + digits, queue, "ANSWERED", 10));
        String callbackCase = telephony.send(Telephony.event(missed, "2026-10-28T10:00:00+01:00", "070-" + digits, queue,
                "MISSED", 10)).json().getString("callbackCase");
        attempt(callbackCase, Json.createObjectBuilder().add("outcome", "NO_ANSWER").add("note", "Ring efter 15"));
        var registered = api.post("/api/one-step-cases", Json.createObjectBuilder().add("channel", "PHONE")
                .add("callId", answered).add("customer", Json.createObjectBuilder().add("email", email))
                .add("note", "Fråga om wifi").build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = api.get("/api/customers?email=" + email).json().getJsonNumber("id").longValue();

        var erased = api.post("/api/customers/" + id + "/erasure", Json.createObjectBuilder().build());

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(Telephony.isNull(telephony.call(answered), "caller")).isTrue();
        assertThat(Telephony.isNull(telephony.call(missed), "caller")).isTrue();
        var callback = telephony.callback(callbackCase);
        assertThat(callback.getString("callerNumber")).startsWith("erased-");
        assertThat(callback.getInt("attempts")).isEqualTo(1);
        assertThat(Telephony.isNull(callback.getJsonArray("attemptLog").getJsonObject(0), "note")).isTrue();
        assertThat(telephony.answerRate(queue, "2026-10-28", "2026-10-28").getInt("offered")).isEqualTo(2);
    }

    private static String instant(JsonObject json, String field) {
        return Instant.parse(json.getString(field)).toString();
    }

    /**
     * The tests' calls are weeks old, so a callback's clocks (started at the missed call) breach at once in
     * jobs of their own; an attempt that meets one gets 409 "at the same time" and, like an agent, tries
     * again. A stale version of the agent's own ("you had version …") is returned as it is.
     */
    private Api.Response attempt(String number, jakarta.json.JsonObjectBuilder body) {
        var request = body.build();
        var response = new java.util.concurrent.atomic.AtomicReference<Api.Response>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            response.set(api.post("/api/callbacks/" + number + "/attempts", request));
            return response.get().status() != 409 || !response.get().body().contains("at the same time");
        });
        return response.get();
    }

    /** The call id on a line of the test's CSV (1 = first data row). */
    private static String csvId(String csv, int line) {
        return csv.lines().skip(line).findFirst().orElseThrow().split(",")[0];
    }
}
