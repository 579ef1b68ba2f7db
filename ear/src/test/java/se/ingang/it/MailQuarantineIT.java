package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * The quarantine and the noise log, as administrators use them: one entry per message however
 * often it is fetched, with sender, subject, reason and attempts; the raw message as an audited
 * download; retry, make a case (exactly one, the raw attached), dismiss (kept); noise searchable by
 * sender, subject, date and kind, and a false positive made a case once. Nobody else may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class MailQuarantineIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailQuarantineIT.class);
    }

    @Test
    void aMessageThatKeepsFailingIsHeldOnceHoweverOftenItIsFetchedAndARetryTakesItIn() {
        var box = MailChannel.newMailbox(api, "quar-retry");
        var crashes = MailChannel.crashes();
        crashes.failIntakeOf(box.id());
        String sender = MailChannel.uniqueSender();
        byte[] raw = MailChannel.simple(sender, box.address(), "Fråga om faktura", MailChannel.uniqueMessageId(), "Hej, min faktura?");
        try {
            MailChannel.deliver(sender, List.of(box.address()), raw);
            // Tried at every poll (left unread), then held after INGANG_MAIL_MAX_ATTEMPTS (3).
            await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 1));
            // The same message delivered again: fetched (and failing) three more times, still one entry.
            MailChannel.deliver(sender, List.of(box.address()), raw);
            await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 2));
        } finally {
            crashes.healIntakeOf(box.id());
        }
        var held = entriesOf(box.id(), "ALL");
        assertThat(held).as("one entry per message").singleElement();
        var entry = held.get(0);
        assertThat(entry.getString("sender")).contains(sender);
        assertThat(entry.getString("subject")).isEqualTo("Fråga om faktura");
        assertThat(entry.getString("reason")).contains("simulated intake failure");
        assertThat(entry.getString("status")).isEqualTo("HELD");
        assertThat(entry.getInt("attempts")).as("3 attempts, then 1 for the copy").isEqualTo(4);
        assertThat(MailChannel.casesOf(api, sender)).isEmpty();

        long id = entry.getJsonNumber("id").longValue();
        var retried = api.post("/api/mail-quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().getString("outcome")).isEqualTo("NEW_CASE");
        var after = retried.json().getJsonObject("entry");
        assertThat(after.getString("status")).isEqualTo("RESOLVED");
        assertThat(after.getString("resolvedBy")).isEqualTo(Application.TEST_ADMINISTRATOR);
        var cases = MailChannel.casesOf(api, sender);
        assertThat(cases).singleElement();
        assertThat(after.getString("caseNumber")).isEqualTo(cases.get(0).getString("number"));
        assertThat(entriesOf(box.id(), "HELD")).as("no longer held").isEmpty();

        var again = api.post("/api/mail-quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(again.status()).as("a resolved entry is done: " + again).isEqualTo(409);
        assertThat(MailChannel.casesOf(api, sender)).hasSize(1);
    }

    @Test
    void aCaseIsMadeOnceOfMailWithoutAUsableSenderWithTheRawMessageAttached() {
        var box = MailChannel.newMailbox(api, "quar-case");
        String customer = MailChannel.uniqueSender();
        byte[] raw = noSender(box.address(), "Trasigt men viktigt", "Min adress står i signaturen: " + customer);
        MailChannel.deliver(customer, List.of(box.address()), raw);
        await().atMost(WAIT).until(() -> entriesOf(box.id(), "HELD").size() == 1);
        var entry = entriesOf(box.id(), "HELD").get(0);
        long id = entry.getJsonNumber("id").longValue();
        assertThat(entry.getString("reason")).contains("no usable sender");
        assertThat(entry.getString("sender")).isEqualTo("undisclosed-recipients:;");
        assertThat(entry.getString("subject")).isEqualTo("Trasigt men viktigt");

        var withoutAddress = api.post("/api/mail-quarantine/" + id + "/case", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(withoutAddress.status()).as("no sender to use, none given: " + withoutAddress).isEqualTo(400);
        assertThat(withoutAddress.body()).contains("customerEmail");
        var hostile = api.post("/api/mail-quarantine/" + id + "/case", Json.createObjectBuilder()
                .add("customerEmail", "<script>alert(1)</script>").build());
        assertThat(hostile.status()).as(hostile.toString()).isEqualTo(400);
        assertThat(entriesOf(box.id(), "HELD")).as("refusals change nothing").hasSize(1);

        var made = api.post("/api/mail-quarantine/" + id + "/case", Json.createObjectBuilder()
                .add("customerEmail", customer).add("subject", "Signaturens adress").build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String number = made.json().getString("caseNumber");
        var detail = api.get("/api/cases/" + number).json();
        assertThat(detail.getString("subject")).isEqualTo("Signaturens adress");
        assertThat(detail.getJsonObject("customer").getString("email")).isEqualTo(customer);
        assertThat(detail.getJsonArray("timeline").getJsonObject(0).getString("body")).contains("Min adress står i signaturen");
        var files = array(api.get("/api/cases/" + number + "/attachments").body());
        assertThat(files).anySatisfy(f -> {
            assertThat(f.getString("fileName")).isEqualTo("original.eml");
            assertThat(f.getString("contentType")).startsWith("message/rfc822");
        });
        var resolved = api.get("/api/mail-quarantine/" + id).json();
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.getString("caseNumber")).isEqualTo(number);

        var twice = api.post("/api/mail-quarantine/" + id + "/case", Json.createObjectBuilder().add("customerEmail", customer).build());
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        // The same message fetched again: no second entry, no second case.
        MailChannel.deliver(customer, List.of(box.address()), raw);
        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 2));
        assertThat(entriesOf(box.id(), "ALL")).singleElement().satisfies(e -> assertThat(e.getString("status")).isEqualTo("RESOLVED"));
        assertThat(MailChannel.casesOf(api, customer)).singleElement();
    }

    @Test
    void aDismissedEntryIsKeptWithWhoAndWhenAndAReFetchDoesNotHoldItAgain() throws Exception {
        var box = MailChannel.newMailbox(api, "quar-dismiss");
        String marker = UUID.randomUUID().toString();
        byte[] raw = noSender(box.address(), "Skräp " + marker, "<html><script>alert('x')</script></html>");
        MailChannel.deliver(MailChannel.uniqueSender(), List.of(box.address()), raw);
        await().atMost(WAIT).until(() -> entriesOf(box.id(), "HELD").size() == 1);
        long id = entriesOf(box.id(), "HELD").get(0).getJsonNumber("id").longValue();

        // The raw message: a download, never rendered, and the read is in the audit trail.
        var download = adminRequest("/api/mail-quarantine/" + id + "/raw");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("message/rfc822"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).contains("Subject: " + encoded("Skräp " + marker));
        var reads = api.get("/api/audit?size=50&entity=MAIL_QUARANTINE&id=" + id).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(reads).anySatisfy(r -> {
            assertThat(r.getString("action")).isEqualTo("RAW_READ");
            assertThat(r.getString("actor")).isEqualTo(Application.TEST_ADMINISTRATOR);
        });

        var dismissed = api.post("/api/mail-quarantine/" + id + "/dismiss", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.json().getString("status")).isEqualTo("DISMISSED");
        assertThat(dismissed.json().getString("dismissedBy")).isEqualTo(Application.TEST_ADMINISTRATOR);
        assertThat(dismissed.json().containsKey("dismissedAt")).isTrue();
        assertThat(entriesOf(box.id(), "HELD")).isEmpty();
        assertThat(entriesOf(box.id(), "DISMISSED")).singleElement();
        assertThat(adminRequest("/api/mail-quarantine/" + id + "/raw").statusCode()).as("kept, not deleted").isEqualTo(200);

        MailChannel.deliver(MailChannel.uniqueSender(), List.of(box.address()), raw);
        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 2));
        assertThat(entriesOf(box.id(), "ALL")).as("dismissed once is dismissed").singleElement()
                .satisfies(e -> assertThat(e.getInt("attempts")).isEqualTo(2));
        assertThat(api.post("/api/mail-quarantine/" + id + "/dismiss", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(409);
        assertThat(api.post("/api/mail-quarantine/" + id + "/retry", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(409);
    }

    @Test
    void noiseIsListedWithWhyAndSearchableAndAFalsePositiveBecomesOneCaseWithAReceipt() {
        var box = MailChannel.newMailbox(api, "noise-log");
        String sender = MailChannel.uniqueSender();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Nyhetsbrev " + marker,
                MailChannel.uniqueMessageId(), "Egentligen en fråga: när öppnar ni?", "Precedence: bulk"));
        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 1));
        assertThat(MailChannel.casesOf(api, sender)).isEmpty();

        var found = noise("sender=" + enc(sender));
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.getString("kind")).isEqualTo("BULK");
            assertThat(n.getString("reason")).isEqualTo("Precedence: bulk");
            assertThat(n.getString("subject")).isEqualTo("Nyhetsbrev " + marker);
        });
        assertThat(noise("subject=" + enc("brev " + marker.toUpperCase())).stream().map(n -> n.getString("sender"))).containsExactly(sender);
        assertThat(noise("kind=BULK&subject=" + enc(marker))).hasSize(1);
        assertThat(noise("kind=AUTO_REPLY&subject=" + enc(marker))).isEmpty();
        // The day it came in by the server's clock (which other tests may move), in Swedish time as the API counts days.
        String today = java.time.Instant.parse(found.get(0).getString("receivedAt"))
                .atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
        assertThat(noise("from=" + today + "&until=" + today + "&subject=" + enc(marker))).hasSize(1);
        assertThat(noise("until=2000-01-01&subject=" + enc(marker))).isEmpty();
        // Search words are words: LIKE wildcards and quotes match themselves, never everything.
        // (Next to this test's own marker, so other tests' mail with a real % or _ in it cannot match.)
        assertThat(noise("subject=" + enc("%" + marker))).isEmpty();
        assertThat(noise("subject=" + enc("_" + marker))).isEmpty();
        assertThat(noise("sender=" + enc("' OR '1'='1"))).isEmpty();
        for (String bad : List.of("kind=CUSTOMER", "kind=%27", "from=yesterday", "limit=100000", "offset=-1",
                "subject=" + "x".repeat(201))) {
            assertThat(api.get("/api/mail-noise?" + bad).status()).as(bad).isEqualTo(400);
        }

        long id = found.get(0).getJsonNumber("id").longValue();
        var made = api.post("/api/mail-noise/" + id + "/case", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String number = made.json().getString("caseNumber");
        assertThat(MailChannel.casesOf(api, sender)).singleElement().satisfies(c -> assertThat(c.getString("number")).isEqualTo(number));
        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).size() == 1);
        assertThat(MailChannel.inboxOf(sender).get(0).subject()).as("the receipt it would have had").contains(number);

        var twice = api.post("/api/mail-noise/" + id + "/case", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(MailChannel.casesOf(api, sender)).hasSize(1);
        var after = api.get("/api/mail-noise/" + id).json();
        assertThat(after.getString("caseNumber")).isEqualTo(number);
        assertThat(after.getString("promotedBy")).isEqualTo(Application.TEST_ADMINISTRATOR);
        assertThat(after.getString("kind")).as("still listed as it was classified").isEqualTo("BULK");
    }

    @Test
    void onlyAdministratorsMayUseTheQuarantineAndTheNoiseLog() {
        var box = MailChannel.newMailbox(api, "quar-access");
        MailChannel.deliver(MailChannel.uniqueSender(), List.of(box.address()), noSender(box.address(), "Hemligt", "Personnummer 19121212-1212"));
        String customer = MailChannel.uniqueSender();
        MailChannel.deliver(customer, List.of(box.address()), MailChannel.simple(customer, box.address(), "Vanlig fråga",
                MailChannel.uniqueMessageId(), "Hej!"));
        await().atMost(WAIT).until(() -> entriesOf(box.id(), "HELD").size() == 1 && MailChannel.casesOf(api, customer).size() == 1);
        long id = entriesOf(box.id(), "HELD").get(0).getJsonNumber("id").longValue();

        for (var role : List.of(StaffRole.AGENT, StaffRole.HANDLER, StaffRole.MANAGER)) {
            var other = Application.apiAs(Application.newLoginUser(role, role == StaffRole.AGENT ? "fo-registry" : "finance"));
            for (String path : List.of("/api/mail-quarantine", "/api/mail-quarantine/" + id, "/api/mail-noise", "/api/mail-noise/1")) {
                assertThat(other.get(path).status()).as(role + " GET " + path).isEqualTo(403);
            }
            assertThat(other.download("/api/mail-quarantine/" + id + "/raw").status()).as(role + " raw").isEqualTo(403);
            for (String action : List.of("retry", "case", "dismiss")) {
                assertThat(other.post("/api/mail-quarantine/" + id + "/" + action, JsonValue.EMPTY_JSON_OBJECT).status())
                        .as(role + " " + action).isEqualTo(403);
            }
            assertThat(other.post("/api/mail-noise/1/case", JsonValue.EMPTY_JSON_OBJECT).status()).as(role + " noise case").isEqualTo(403);
        }
        assertThat(api.get("/api/mail-quarantine/" + id).json().getString("status")).as("untouched").isEqualTo("HELD");

        long unknown = 999_999_999L;
        assertThat(api.get("/api/mail-quarantine/" + unknown).status()).isEqualTo(404);
        assertThat(api.download("/api/mail-quarantine/" + unknown + "/raw").status()).isEqualTo(404);
        for (String action : List.of("retry", "case", "dismiss")) {
            assertThat(api.post("/api/mail-quarantine/" + unknown + "/" + action, JsonValue.EMPTY_JSON_OBJECT).status()).as(action).isEqualTo(404);
        }
        assertThat(api.get("/api/mail-quarantine?status=EVERYTHING").status()).isEqualTo(400);
        assertThat(api.get("/api/mail-noise/" + unknown).status()).isEqualTo(404);
        // A customer's own mail is no noise: the noise log is no way into cases' messages.
        long customerMail = MailChannel.mailOf(api, MailChannel.casesOf(api, customer).get(0).getString("number"))
                .getJsonArray("messages").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.get("/api/mail-noise/" + customerMail).status()).isEqualTo(404);
        assertThat(api.download("/api/mail-noise/" + customerMail + "/raw").status()).isEqualTo(404);
        assertThat(api.post("/api/mail-noise/" + customerMail + "/case", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(404);
    }

    /** A message whose From holds no address to answer: it goes to the quarantine whatever else it says. */
    private static byte[] noSender(String to, String subject, String body) {
        return MailChannel.raw(
                "From: undisclosed-recipients:;",
                "To: " + to,
                "Subject: " + encoded(subject),
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encoded(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private List<JsonObject> entriesOf(long mailboxId, String status) {
        return MailChannel.list(api, "/api/mail-quarantine?limit=200&status=" + status).stream()
                .filter(q -> !q.isNull("mailboxId") && q.getJsonNumber("mailboxId").longValue() == mailboxId).toList();
    }

    private List<JsonObject> noise(String query) {
        var response = api.get("/api/mail-noise?" + query);
        assertThat(response.status()).as(query + ": " + response).isEqualTo(200);
        return array(response.body());
    }

    private static List<JsonObject> array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The response headers matter here (Content-Disposition, nosniff), which Api does not keep. */
    private HttpResponse<String> adminRequest(String path) throws Exception {
        api.get("/api/mail-quarantine?limit=1"); // the test administrator exists from the first request on
        String basic = Base64.getEncoder().encodeToString((Application.TEST_ADMINISTRATOR + ":" + Application.TEST_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Basic " + basic).header("Accept", "*/*").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
