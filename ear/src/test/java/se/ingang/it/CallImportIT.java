package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Call logs uploaded as CSV: good rows import, duplicates count once, bad rows are reported row by row. */
@ExtendWith(ArquillianExtension.class)
class CallImportIT {

    private final Api api = Api.ofThisServer();
    private final Telephony telephony = new Telephony(api);
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CallImportIT.class);
    }

    @Test
    void goodRowsImport_duplicatesCountOnce_malformedRowsAreReportedRowByRow() {
        String queue = telephony.newPhoneQueue("fo-it");
        String answered = Telephony.callId();
        String hidden = Telephony.callId();
        String missed = Telephony.callId();
        String digits = Telephony.uniqueDigits();
        String csv = """
                call_id,start_time,caller,called_number,queue,result,wait_seconds,duration_seconds,agent
                %1$s,2026-10-05 09:00:00,070-%4$s,,%5$s,answered,30,240,anna
                %2$s,2026-10-05 09:05:00,anonymous,,%5$s,missed,90,0,
                %1$s,2026-10-05 09:00:00,070-%4$s,,%5$s,answered,30,240,anna
                bad-time-%3$s,5 oktober kl 9,070-%4$s,,%5$s,missed,10,0,
                unknown-queue-%3$s,2026-10-05 09:07:00,070-%4$s,,no-such-queue-%3$s,missed,10,0,
                ,2026-10-05 09:08:00,070-%4$s,,%5$s,missed,10,0,
                %3$s,2026-10-05 09:10:00,+46 70 %4$s,,%5$s,missed,45,0,
                """.formatted(answered, hidden, missed, digits, queue);

        var report = telephony.importedOk(csv);

        assertThat(report.getInt("rows")).isEqualTo(7);
        assertThat(report.getInt("imported")).isEqualTo(3);
        assertThat(report.getInt("duplicates")).as("row 4 repeats row 2").isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(3);
        assertThat(Telephony.problems(report)).containsExactly("5 start_time", "6 queue", "7 call_id");
        var reasons = report.getJsonArray("problems").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(reasons.get(0).getString("reason")).contains("5 oktober kl 9");
        assertThat(reasons.get(0).getString("callId")).isEqualTo("bad-time-" + missed);
        assertThat(reasons.get(1).getString("reason")).contains("unknown phone queue");
        assertThat(reasons.get(2).getString("reason")).isEqualTo("missing");

        assertThat(Telephony.strings(report, "callbackCasesOpened")).as("only the identifiable missed caller").hasSize(1);
        var call = telephony.call(answered);
        assertThat(call.getString("caller")).isEqualTo("+4670" + digits);
        assertThat(call.getString("phoneQueue")).isEqualTo(queue);
        assertThat(call.getString("result")).isEqualTo("ANSWERED");
        assertThat(call.getString("startTime")).isEqualTo("2026-10-05T07:00:00Z");
        assertThat(call.getString("source")).isEqualTo("CSV");
        assertThat(Telephony.isNull(telephony.call(hidden), "caller")).isTrue();
        assertThat(api.get("/api/calls/bad-time-" + missed).status()).isEqualTo(404);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        String queue = telephony.newPhoneQueue("fo-study");
        String digits = Telephony.uniqueDigits();
        String first = Telephony.callId();
        String second = Telephony.callId();
        String csv = """
                call_id;start_time;caller;queue;result;wait_seconds
                %1$s;2026-10-06 10:00;070%3$s;%4$s;missed;20
                %2$s;2026-10-06 11:00;070%3$s;%4$s;missed;25
                """.formatted(first, second, digits, queue);

        var once = telephony.importedOk(csv);
        var figuresOnce = telephony.answerRate(queue, "2026-10-06", "2026-10-06");
        String callbackCase = Telephony.strings(once, "callbackCasesOpened").get(0);
        var timelineOnce = withoutClockEvents(reads.timeline(callbackCase));
        var twice = telephony.importedOk(csv);

        assertThat(once.getInt("imported")).isEqualTo(2);
        assertThat(twice.getInt("imported")).isZero();
        assertThat(twice.getInt("duplicates")).isEqualTo(2);
        assertThat(twice.getInt("rejected")).isZero();
        assertThat(Telephony.strings(twice, "callbackCasesOpened")).isEmpty();
        assertThat(telephony.answerRate(queue, "2026-10-06", "2026-10-06")).isEqualTo(figuresOnce);
        assertThat(figuresOnce.getInt("offered")).isEqualTo(2);
        assertThat(withoutClockEvents(reads.timeline(callbackCase))).isEqualTo(timelineOnce);
        assertThat(telephony.callback(callbackCase).getInt("missedCalls")).isEqualTo(2);
    }

    @Test
    void aSwedishExportUploadedAsAForm() {
        String queue = telephony.newPhoneQueue("fo-it");
        String id = Telephony.callId();
        String csv = """
                Samtals-ID;Starttid;Från;Kö;Utfall;Väntetid;Samtalstid;Handläggare
                %s;2026-10-07 14:30:15;08-%s;%s;Besvarat;1:05;4:00;Åsa Öberg
                """.formatted(id, Telephony.uniqueDigits(), queue);
        String boundary = "----ingang" + java.util.UUID.randomUUID();
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"samtal.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";

        var response = api.postBody("/api/calls/imports", "multipart/form-data; boundary=" + boundary, form);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().getInt("imported")).isEqualTo(1);
        var call = telephony.call(id);
        assertThat(call.getString("agent")).isEqualTo("Åsa Öberg");
        assertThat(call.getInt("waitSeconds")).isEqualTo(65);
        assertThat(call.getInt("durationSeconds")).isEqualTo(240);
        assertThat(call.getString("startTime")).as("still summer time (UTC+2)").isEqualTo("2026-10-07T12:30:15Z");
    }

    @Test
    void aFileWithoutTheNeededColumnsImportsNothingAndSaysWhy() {
        var report = telephony.importedOk("id,when\n1,2026-10-05 09:00\n");

        assertThat(report.getInt("imported")).isZero();
        assertThat(Telephony.problems(report)).containsExactly("1 *");
        assertThat(report.getJsonArray("problems").getJsonObject(0).getString("reason")).contains("start_time", "result");
    }

    /** The figures a manager's dashboard shows, computed by hand from the file. */
    @Test
    void answerRateFiguresMatchTheImportedCalls() {
        String queue = telephony.newPhoneQueue("fo-premises");
        String other = telephony.newPhoneQueue("fo-premises");
        var rows = new StringBuilder("call_id,start_time,caller,queue,result,wait_seconds,duration_seconds\n");
        int[] answeredWaits = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        for (int wait : answeredWaits) {
            rows.append(Telephony.callId()).append(",2026-10-08 09:").append(String.format("%02d", wait / 10))
                    .append(":00,070").append(Telephony.uniqueDigits()).append(',').append(queue)
                    .append(",answered,").append(wait).append(",60\n");
        }
        String missedNumber = Telephony.uniqueDigits();
        rows.append(Telephony.callId()).append(",2026-10-08 12:00,070").append(missedNumber).append(',').append(queue).append(",missed,300,0\n");
        rows.append(Telephony.callId()).append(",2026-10-08 12:30,070").append(missedNumber).append(',').append(queue).append(",missed,200,0\n");
        rows.append(Telephony.callId()).append(",2026-10-08 13:00,,").append(queue).append(",missed,5,0\n");
        // Outside the period, and another queue: not counted.
        rows.append(Telephony.callId()).append(",2026-10-09 00:00:01,070").append(Telephony.uniqueDigits()).append(',').append(queue).append(",answered,999,60\n");
        rows.append(Telephony.callId()).append(",2026-10-07 23:59:59,070").append(Telephony.uniqueDigits()).append(',').append(queue).append(",answered,999,60\n");
        rows.append(Telephony.callId()).append(",2026-10-08 10:00,070").append(Telephony.uniqueDigits()).append(',').append(other).append(",answered,999,60\n");
        var report = telephony.importedOk(rows.toString());
        assertThat(report.getInt("imported")).isEqualTo(16);
        String callbackCase = Telephony.strings(report, "callbackCasesOpened").get(0);
        // The calls are weeks old, so the callback's clocks (started at the missed call) breach at once, in
        // jobs of their own: an attempt that meets one of them gets 409 and, like an agent, tries again.
        var attempt = new java.util.concurrent.atomic.AtomicReference<Api.Response>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            attempt.set(api.post("/api/callbacks/" + callbackCase + "/attempts", jakarta.json.Json.createObjectBuilder()
                    .add("outcome", "NO_ANSWER").build()));
            return attempt.get().status() != 409;
        });
        assertThat(attempt.get().status()).as(attempt.get().toString()).isEqualTo(200);

        var figures = telephony.answerRate(queue, "2026-10-08", "2026-10-08");

        assertThat(figures.getString("phoneQueue")).isEqualTo(queue);
        assertThat(figures.getInt("offered")).isEqualTo(13);
        assertThat(figures.getInt("answered")).isEqualTo(10);
        assertThat(figures.getInt("missed")).isEqualTo(3);
        assertThat(figures.getInt("missedFromHiddenNumbers")).isEqualTo(1);
        assertThat(figures.getJsonNumber("answerRate").doubleValue()).isEqualTo(0.7692);
        assertThat(figures.getJsonNumber("meanWaitSeconds").doubleValue()).isEqualTo(55.0);
        assertThat(figures.getInt("p90WaitSeconds")).isEqualTo(90);
        assertThat(figures.getInt("callbackCases")).as("two missed calls, one number, one day").isEqualTo(1);
        assertThat(figures.getInt("callbacksMade")).as("attempts made today, in today's figures only")
                .isZero();
        assertThat(telephony.answerRate(queue, "2026-10-07", "2026-10-09").getInt("offered")).isEqualTo(15);

        var all = api.get("/api/phone-queues/answer-rates?from=2026-10-08&to=2026-10-08");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("\"phoneQueue\":\"" + queue + "\"", "\"phoneQueue\":\"" + other + "\"");
        assertThat(api.get("/api/phone-queues/" + queue + "/answer-rate?from=2026-10-09&to=2026-10-08").status()).isEqualTo(400);
        assertThat(api.get("/api/phone-queues/" + queue + "/answer-rate?from=yesterday&to=2026-10-08").status()).isEqualTo(400);
        assertThat(api.get("/api/phone-queues/no-such-queue/answer-rate?from=2026-10-08&to=2026-10-08").status()).isEqualTo(404);
    }

    /** The callback's clocks start at the (old) missed call and fire in their own jobs, at any moment of the test. */
    private static java.util.List<jakarta.json.JsonObject> withoutClockEvents(java.util.List<jakarta.json.JsonObject> timeline) {
        var clockEvents = java.util.Set.of("SLA_WARNING", "SLA_BREACHED", "PRIORITY_RAISED");
        return timeline.stream().filter(e -> e.isNull("event") || !clockEvents.contains(e.getString("event"))).toList();
    }
}
