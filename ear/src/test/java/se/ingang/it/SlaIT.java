package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.workflows.engine.ProcessModels;

/**
 * Deadlines in business time, watched by the SLA clock process: computed when a case
 * arrives, paused while waiting for the customer, kept across transfers, warned and
 * breached once — with the application's and the engine's clock moved, never slept.
 */
@ExtendWith(ArquillianExtension.class)
class SlaIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(SlaIT.class);
    }

    @Test
    void aNewCaseGetsItsDeadlinesInBusinessTime() {
        var created = newCase("exams");
        String number = created.getString("number");
        Instant received = Instant.parse(created.getString("receivedAt"));

        var firstResponse = reads.deadline(number, "FIRST_RESPONSE");
        var resolution = reads.deadline(number, "RESOLUTION");
        var triage = reads.deadline(number, "TRIAGE");

        var time = Application.calendars().standard();
        for (var d : List.of(firstResponse, resolution, triage)) {
            Duration target = Duration.parse(d.getString("target"));
            assertThat(Instant.parse(d.getString("dueAt"))).isEqualTo(time.plus(received, target));
            assertThat(d.isNull("metAt")).isTrue();
        }
        assertThat(Duration.parse(resolution.getString("target"))).isGreaterThan(Duration.parse(firstResponse.getString("target")));
        // The case shows its earliest running customer deadline, and queues sort by it.
        assertThat(reads.caseJson(number).getString("dueAt")).isEqualTo(firstResponse.getString("dueAt"));
        var queue = api.get("/api/cases?queue=fo-study&status=NEW&sort=DUE&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        var dues = queue.stream().filter(row -> !row.isNull("dueAt")).map(row -> Instant.parse(row.getString("dueAt"))).toList();
        assertThat(dues).isSorted().isNotEmpty();
        assertThat(queue).anyMatch(row -> row.getString("number").equals(number));
        assertThat(triage.getString("queue")).isEqualTo("fo-study");
    }

    @Test
    void warningAndBreachFireOnceAtTheirBusinessTime() {
        String number = newCase("degree").getString("number");
        var firstResponse = reads.deadline(number, "FIRST_RESPONSE");
        Instant warningAt = Instant.parse(firstResponse.getString("warningAt"));
        Instant dueAt = Instant.parse(firstResponse.getString("dueAt"));

        moveClockTo(warningAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(60)).until(() -> !reads.deadline(number, "FIRST_RESPONSE").isNull("warnedAt"));
        assertThat(reads.deadline(number, "FIRST_RESPONSE").isNull("breachedAt")).isTrue();
        assertThat(slaEvents(number, "SLA_WARNING", "First response")).hasSize(1);

        moveClockTo(dueAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(60)).until(() -> !reads.deadline(number, "FIRST_RESPONSE").isNull("breachedAt"));
        var breached = reads.deadline(number, "FIRST_RESPONSE");
        assertThat(Instant.parse(breached.getString("breachedAt"))).isAfterOrEqualTo(dueAt);
        assertThat(slaEvents(number, "SLA_WARNING", "First response")).hasSize(1);
        assertThat(slaEvents(number, "SLA_BREACHED", "First response")).hasSize(1);
        assertThat(reads.caseJson(number).getString("priority")).isEqualTo("HIGH");
        // The raised priority is on the timeline, with what caused it (issue 18, item 11).
        assertThat(reads.timeline(number)).filteredOn(e -> "PRIORITY_RAISED".equals(e.getString("event", null)))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).contains("NORMAL → HIGH", "First response"));
        var notified = api.get("/api/notifications?caseNumber=" + number).body();
        assertThat(notified).contains("SLA_WARNING", "SLA_BREACH", "\"recipient\":\"fo-study\"");

        // A late answer still counts as answered, but the breach stays on record.
        api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Förlåt dröjsmålet!"));
        var answered = reads.deadline(number, "FIRST_RESPONSE");
        assertThat(answered.isNull("metAt")).isFalse();
        assertThat(answered.isNull("breachedAt")).isFalse();
        assertThat(answered.getBoolean("kept")).isFalse();
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionClockByExactlyTheWaitingBusinessTime() {
        var routed = routedCase("tuition-fees");
        String number = routed.getString("number");
        api.post("/api/cases/" + number + "/questions", Contacts.withVersion(routed).add("text", "Vilket OCR-nummer?").build());
        var paused = reads.deadline(number, "RESOLUTION");
        assertThat(paused.isNull("pausedAt")).isFalse();
        assertThat(reads.caseJson(number).isNull("dueAt")).as("no clock runs while we wait for the customer").isTrue();
        Instant pausedAt = Instant.parse(paused.getString("pausedAt"));
        Instant dueBefore = Instant.parse(paused.getString("dueAt"));

        // Wait 13 hours of business time (whatever the calendar looks like after other tests moved the clock).
        var time = Application.calendars().standard();
        Duration waited = Duration.ofHours(13);
        moveClockTo(time.plus(pausedAt, waited));
        api.post("/api/cases/" + number + "/customer-messages", Json.createObjectBuilder().add("text", "OCR 123456").build());

        var resumed = reads.deadline(number, "RESOLUTION");
        assertThat(resumed.isNull("pausedAt")).isTrue();
        assertThat(reads.caseJson(number).getString("dueAt")).isEqualTo(resumed.getString("dueAt"));
        // The clock resumed when the answer was registered (same request, within a second).
        Instant resumedAt = Instant.parse(lastInboundAt(number));
        Instant dueAfter = Instant.parse(resumed.getString("dueAt"));
        assertThat(dueAfter).isCloseTo(time.plus(resumedAt, time.between(pausedAt, dueBefore)), within(1, ChronoUnit.SECONDS));
        assertThat(time.between(dueBefore, dueAfter))
                .isCloseTo(time.between(pausedAt, resumedAt), Duration.ofSeconds(1));
        assertThat(time.between(dueBefore, dueAfter)).isCloseTo(waited, Duration.ofSeconds(2));
    }

    /**
     * Issue 18, item 10: a case keeps the SLA policy version it was registered under for all its
     * legs; a table deployed meanwhile applies to new cases only.
     */
    @Test
    void aChangedPolicyAppliesToNewCasesOnly_anExistingCasesNextLegKeepsItsVersion() throws Exception {
        var existing = newCase("admission");
        String number = existing.getString("number");
        String registeredUnder = reads.deadline(number, "FIRST_RESPONSE").getString("policyVersion", null);
        String shipped;
        try (var in = ProcessModels.class.getClassLoader().getResourceAsStream("dmn/sla-policy.dmn")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = shipped.replaceAll("(id=\"Sla\\d+_Handling\"><text>)\"[^\"]*\"", "$1\"PT3H17M\"");
        assertThat(changed).isNotEqualTo(shipped);
        var repository = Application.processEngine().getRepositoryService();
        var deployment = repository.createDeployment().name("SlaIT: changed handling targets")
                .addString("sla-policy.dmn", changed).deploy();
        try {
            var routed = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(existing).add("outcome", "ROUTE").build());
            assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
            var fresh = routedCase("admission").getString("number");

            var existingLeg = reads.deadline(number, "HANDLING");
            var freshLeg = reads.deadline(fresh, "HANDLING");
            assertThat(existingLeg.getString("target")).as("the existing case's leg keeps its table").isNotEqualTo("PT3H17M");
            assertThat(existingLeg.getString("policyVersion")).isEqualTo(registeredUnder);
            assertThat(freshLeg.getString("target")).as("a new case gets the new table").isEqualTo("PT3H17M");
            assertThat(freshLeg.getString("policyVersion")).isNotEqualTo(registeredUnder)
                    .isEqualTo(reads.deadline(fresh, "FIRST_RESPONSE").getString("policyVersion"));
        } finally {
            // The server is shared: later tests get the shipped table again.
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aTransferKeepsTheCustomersDeadlinesAndStartsTheNewGroupsLeg() {
        var routed = routedCase("admission");
        String number = routed.getString("number");
        String resolutionDue = reads.deadline(number, "RESOLUTION").getString("dueAt");

        api.post("/api/cases/" + number + "/transfer", Contacts.withVersion(routed).add("group", "finance").build());

        assertThat(reads.deadline(number, "RESOLUTION").getString("dueAt")).isEqualTo(resolutionDue);
        var legs = reads.deadlines(number).stream().filter(d -> d.getString("kind").equals("HANDLING")).toList();
        assertThat(legs).extracting(d -> d.getString("queue")).containsExactly("admissions", "finance");
        assertThat(legs.get(0).isNull("metAt")).isFalse();
        assertThat(legs.get(1).isNull("metAt")).isTrue();
        assertThat(reads.deadline(number, "TRIAGE").isNull("metAt")).isFalse();
    }

    @Test
    void aPromisedFollowUpIsKeptByTheNextReply() {
        String number = newCase("invoices").getString("number");
        Instant due = Application.clock().now().plus(Duration.ofDays(2));

        var promised = api.post("/api/cases/" + number + "/promises",
                Json.createObjectBuilder().add("due", due.toString()).add("note", "Kollar med ekonomi").build());
        assertThat(promised.status()).as(promised.toString()).isEqualTo(201);
        assertThat(Instant.parse(reads.deadline(number, "FOLLOW_UP").getString("dueAt"))).isEqualTo(due);

        api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Nu vet vi mer."));

        var kept = reads.deadline(number, "FOLLOW_UP");
        assertThat(kept.isNull("metAt")).isFalse();
        assertThat(kept.getBoolean("kept")).isTrue();
        assertThat(reads.events(number)).contains("FOLLOW_UP_PROMISED");
    }

    @Test
    void aChangedPolicyAppliesToNewCasesAndLeavesRunningDeadlinesAlone() throws Exception {
        String before = newCase("other").getString("number");
        var oldDeadline = reads.deadline(before, "FIRST_RESPONSE");
        String original;
        try (var in = ProcessModels.class.getClassLoader().getResourceAsStream("dmn/sla-policy.dmn")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String defaultRow = "<outputEntry id=\"Sla7_FirstResponse\"><text>\"PT8H\"</text>";
        assertThat(original).contains(defaultRow);
        deployPolicy(original.replace(defaultRow, "<outputEntry id=\"Sla7_FirstResponse\"><text>\"PT3H\"</text>"));
        try {
            String after = newCase("other").getString("number");

            assertThat(reads.deadline(after, "FIRST_RESPONSE").getString("target")).isEqualTo("PT3H");
            assertThat(reads.deadline(before, "FIRST_RESPONSE").getString("target")).isEqualTo("PT8H");
            assertThat(reads.deadline(before, "FIRST_RESPONSE").getString("dueAt")).isEqualTo(oldDeadline.getString("dueAt"));
        } finally {
            deployPolicy(original);
        }
        assertThat(reads.deadline(newCase("other").getString("number"), "FIRST_RESPONSE").getString("target")).isEqualTo("PT8H");
    }

    private static void deployPolicy(String dmn) {
        Application.processEngine().getRepositoryService().createDeployment()
                .name("sla-policy-change-test")
                .addString("dmn/sla-policy.dmn", dmn)
                .deploy();
    }

    @Test
    void aPromiseInThePastIsRefused() {
        String number = newCase("invoices").getString("number");
        var refused = api.post("/api/cases/" + number + "/promises",
                Json.createObjectBuilder().add("due", Application.clock().now().minusSeconds(60).toString()).build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(reads.deadlines(number)).noneMatch(d -> d.getString("kind").equals("FOLLOW_UP"));
    }

    @Test
    void administratorsCloseExtraDaysInACalendar() {
        var added = api.post("/api/calendars/standard/closed-days",
                Json.createObjectBuilder().add("date", "2031-06-09").add("reason", "Klämdag").build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(api.get("/api/calendars").body()).contains("\"code\":\"standard\"", "2031-06-09", "Klämdag", "MONDAY");
        assertThat(Application.calendars().standard().isBusinessDay(java.time.LocalDate.of(2031, 6, 9))).isFalse();

        var unknown = api.post("/api/calendars/no-such-calendar/closed-days",
                Json.createObjectBuilder().add("date", "2031-06-10").build());
        assertThat(unknown.status()).isEqualTo(404);
    }

    private void moveClockTo(Instant target) {
        var now = Application.clock().now();
        if (target.isAfter(now)) {
            Application.advanceClock(Duration.between(now, target));
        }
    }

    private JsonObject newCase(String topic) {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), topic));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonObject routedCase(String topic) {
        var created = newCase(topic);
        var routed = api.post("/api/cases/" + created.getString("number") + "/triage",
                Contacts.withVersion(created).add("outcome", "ROUTE").build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        return routed.json();
    }

    private List<JsonObject> slaEvents(String number, String event, String detailStart) {
        return reads.timeline(number).stream()
                .filter(e -> !e.isNull("event") && e.getString("event").equals(event))
                .filter(e -> e.getString("detail").startsWith(detailStart))
                .toList();
    }

    private String lastInboundAt(String number) {
        return reads.timeline(number).stream().filter(e -> e.getString("kind").equals("INBOUND_MESSAGE"))
                .reduce((first, second) -> second).orElseThrow().getString("occurredAt");
    }
}
