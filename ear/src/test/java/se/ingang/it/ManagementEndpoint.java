package se.ingang.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's management port as a monitoring system uses it: /health (open) and /metrics
 * (management users, HTTP Digest). Runs inside the server, so the port follows its offset and the
 * test can add its management user to mgmt-users.properties (Elytron reloads a changed file).
 */
final class ManagementEndpoint {

    static final String METRICS_USER = "it-metrics";
    static final String METRICS_PASSWORD = "it-metrics-2026!";
    private static final String REALM = "ManagementRealm";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ManagementEndpoint() {
    }

    static String base() {
        return "http://127.0.0.1:" + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    static JsonObject health(String path) {
        var response = get(path, null);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static HttpResponse<String> get(String path, String authorization) {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Prometheus text of /metrics, as the test's management user (HTTP Digest, MD5, qop=auth). */
    static String scrapeMetrics() {
        ensureMetricsUser();
        var challenge = get("/metrics", null);
        if (challenge.statusCode() != 401) {
            throw new IllegalStateException("expected a Digest challenge, got " + challenge.statusCode());
        }
        String header = challenge.headers().allValues("WWW-Authenticate").stream()
                .filter(h -> h.startsWith("Digest") && !h.contains("SHA-256"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no MD5 Digest challenge: " + challenge.headers()));
        String nonce = param(header, "nonce");
        String opaque = param(header, "opaque");
        String cnonce = UUID.randomUUID().toString().replace("-", "");
        String ha1 = md5(METRICS_USER + ":" + REALM + ":" + METRICS_PASSWORD);
        String ha2 = md5("GET:/metrics");
        String response = md5(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
        String authorization = "Digest username=\"" + METRICS_USER + "\", realm=\"" + REALM + "\", nonce=\"" + nonce
                + "\", uri=\"/metrics\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"" + cnonce
                + "\", response=\"" + response + "\"" + (opaque == null ? "" : ", opaque=\"" + opaque + "\"");
        var scraped = get("/metrics", authorization);
        if (scraped.statusCode() != 200) {
            throw new IllegalStateException("metrics as " + METRICS_USER + ": " + scraped.statusCode() + " " + scraped.body());
        }
        return scraped.body();
    }

    /** Sum of the samples of a metric whose labels contain every given label (e.g. channel="EMAIL"). */
    static double sample(String metrics, String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                found = true;
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return found ? sum : 0;
    }

    private static synchronized void ensureMetricsUser() {
        Path users = Path.of(System.getProperty("jboss.server.config.dir"), "mgmt-users.properties");
        try {
            String existing = Files.readString(users, StandardCharsets.UTF_8);
            if (!existing.contains("\n" + METRICS_USER + "=")) {
                Files.writeString(users, "\n" + METRICS_USER + "=" + md5(METRICS_USER + ":" + REALM + ":" + METRICS_PASSWORD) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
