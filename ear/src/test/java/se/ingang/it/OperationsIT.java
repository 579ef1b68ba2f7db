package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operations in the running server: the application's checks in WildFly's /health, its meters in
 * /metrics (Prometheus), and request ids with case numbers in server.log.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(OperationsIT.class);
    }

    @Test
    void readinessListsTheApplicationsChecksAndLivenessTheJobExecutor() {
        var ready = ManagementEndpoint.health("/health/ready");
        assertThat(names(ready)).contains("ingang-database", "ingang-mailboxes", "ingang-process-engine", "ingang-jobs");
        assertThat(check(ready, "ingang-database").orElseThrow().getString("status")).isEqualTo("UP");
        assertThat(check(ready, "ingang-database").orElseThrow().getJsonObject("data").getJsonNumber("schemaVersion").longValue())
                .isGreaterThanOrEqualTo(62);
        assertThat(check(ready, "ingang-process-engine").orElseThrow().getString("status")).isEqualTo("UP");
        assertThat(check(ready, "ingang-jobs").orElseThrow().getJsonObject("data").containsKey("overdue")).isTrue();

        var live = ManagementEndpoint.health("/health/live");
        assertThat(check(live, "ingang-job-executor").orElseThrow().getString("status")).isEqualTo("UP");
        assertThat(names(live)).doesNotContain("ingang-database");
    }

    @Test
    void aMailboxThatCannotBeReadMakesTheServerNotReadyUntilItIsFixed() {
        String address = "ops-stale-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        System.setProperty("INGANG_MAILBOX_IT_OPS_UNREACHABLE", "x");
        // Port 1 on the loopback: nothing listens, every read fails at once.
        var created = api.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_IT_OPS_UNREACHABLE", 1, true).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        String name = "it-" + address;

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var ready = ManagementEndpoint.health("/health/ready");
            var mailboxes = check(ready, "ingang-mailboxes").orElseThrow();
            assertThat(mailboxes.getString("status")).isEqualTo("DOWN");
            assertThat(mailboxes.getJsonObject("data").getString("staleMailboxes")).contains(name + " (" + id + ")");
            assertThat(ready.getString("status")).isEqualTo("DOWN");
        });

        var disabled = api.put("/api/mailboxes/" + id, MailChannel.settings(address, "INGANG_MAILBOX_IT_OPS_UNREACHABLE", 1, false)
                .add("version", api.get("/api/mailboxes/" + id).json().getJsonNumber("version").longValue()).build());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        // Other tests' mailboxes may be stale too: ours must be gone from the list.
        var data = check(ManagementEndpoint.health("/health/ready"), "ingang-mailboxes").orElseThrow().getJsonObject("data");
        assertThat(data.getString("staleMailboxes", "")).doesNotContain(name + " (" + id + ")");
    }

    @Test
    void metricsCountCasesByChannelAndTimeRequests() {
        var unauthenticated = ManagementEndpoint.get("/metrics", null);
        assertThat(unauthenticated.statusCode()).as("metrics need a management user").isEqualTo(401);

        double before = ManagementEndpoint.sample(ManagementEndpoint.scrapeMetrics(), "ingang_cases_registered_total", "channel=\"EMAIL\"");
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = ManagementEndpoint.scrapeMetrics();
            assertThat(ManagementEndpoint.sample(metrics, "ingang_cases_registered_total", "channel=\"EMAIL\""))
                    .as(metrics).isGreaterThanOrEqualTo(before + 1);
            assertThat(ManagementEndpoint.sample(metrics, "ingang_http_requests_seconds_count",
                    "route=\"/cases\"", "method=\"POST\"", "status=\"201\"")).isGreaterThanOrEqualTo(1);
        });
        // Gauges are refreshed every 15 s from the database and the engine.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String metrics = ManagementEndpoint.scrapeMetrics();
            assertThat(metrics).contains("ingang_jobs_due", "ingang_jobs_failed", "ingang_incidents_open",
                    "ingang_sla_breached_open", "ingang_queue_open_cases");
            assertThat(ManagementEndpoint.sample(metrics, "ingang_queue_open_cases", "queue=\"fo-it\"")).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void aRequestsIdIsAnsweredAndLoggedWithItsCaseNumber() throws Exception {
        String requestId = "it-ops-" + UUID.randomUUID();
        var response = send(HttpRequest.newBuilder(api.uri("/api/cases"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(Contacts.newCase(Contacts.uniqueEmail(), "it-account").toString())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        String number = jsonOf(response.body()).getString("number");

        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(linesWith(log, requestId))
                .anySatisfy(line -> assertThat(line).contains("req=" + requestId + " case=" + number)
                        .contains("case " + number + " registered")));

        var generated = send(HttpRequest.newBuilder(api.uri("/api/cases/" + number)).header("X-Request-Id", "bad id <script>").GET());
        assertThat(generated.statusCode()).isEqualTo(200);
        assertThat(generated.headers().firstValue("X-Request-Id").orElseThrow())
                .as("an unsafe id is replaced, never echoed").matches("[0-9a-f-]{36}");
    }

    private static List<String> linesWith(Path log, String text) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        Application.ensureTestAdministrator();
        String credentials = Application.TEST_ADMINISTRATOR + ":" + Application.TEST_PASSWORD;
        return HTTP.send(request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header(Api.CSRF_HEADER, "ingang-it").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject jsonOf(String body) {
        return new Api.Response(200, "application/json", null, body).json();
    }

    private static List<String> names(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
    }

    private static Optional<JsonObject> check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(c -> name.equals(c.getString("name"))).findFirst();
    }
}
