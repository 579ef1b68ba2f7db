package se.ingang.it.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The test side of {@link Fixtures}: makes staff and cases on the server, reads a case back. */
final class Workspace {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String fixtures;

    Workspace(URL testWar) {
        this.fixtures = testWar.toString().replaceAll("/$", "") + "/fixtures/";
    }

    String staffMember(String role, String... queues) {
        var query = new StringBuilder("role=" + role);
        for (String queue : queues) {
            query.append("&queue=").append(queue);
        }
        return post("staff", query.toString());
    }

    /** A new back-office group no other test uses; answers its code. */
    String newQueue() {
        return post("queue", "");
    }

    /** A new e-mail case from a customer no other test uses; answers its number. */
    String newCase(String email, String subject, String message, String topic) {
        return post("cases", form(Map.of("email", email, "subject", subject, "message", message, "topic", topic)));
    }

    /** Routes a new case to a back-office group, as triage does. */
    void route(String number, String group) {
        post("routed", form(Map.of("number", number, "group", group)));
        // The process applies the routing, possibly just after the triage commits.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> caseState(number).contains("status=IN_PROGRESS"));
    }

    /** The dashboards' hand-built facts: "frontOffice" and the case numbers by name ("C1" …). */
    Map<String, String> reportFacts() {
        return facts("report-facts");
    }

    /** An open case breaching now and at risk (DashboardFacts.atRiskSet): "frontOffice" and "A1". */
    Map<String, String> atRiskFacts() {
        return facts("at-risk-facts");
    }

    private Map<String, String> facts(String what) {
        var facts = new java.util.HashMap<String, String>();
        for (String line : post(what, "").split("\n")) {
            if (line.contains("=")) {
                facts.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return facts;
    }

    /** A message without a usable sender, held in the quarantine (ASCII subject); answers the subject. */
    String quarantined(String subject, String body) {
        return post("quarantined", form(Map.of("subject", subject, "body", body)));
    }

    String cannedAnswer(String title, String body, String language) {
        return post("canned-answers", form(Map.of("title", title, "body", body, "language", language)));
    }

    String caseState(String number) {
        return send(HttpRequest.newBuilder(URI.create(fixtures + "case?number=" + number)).GET());
    }

    static String uniqueEmail() {
        return "ui-" + UUID.randomUUID() + "@example.se";
    }

    private String post(String what, String form) {
        return send(HttpRequest.newBuilder(URI.create(fixtures + what))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fixture answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
