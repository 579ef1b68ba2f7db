package se.ingang.it.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP to any node of the cluster: the API as a staff user (Basic, anti-forgery header), or a
 * browser-like session (cookies, FORM login, Faces posts) that can move from node to node.
 */
final class Client {

    static final String USER = "it-cluster-admin";
    static final String PASSWORD = "it-cluster-password-2026";

    private final HttpClient http;
    private final String authorization;

    private Client(HttpClient http, String authorization) {
        this.http = http;
        this.authorization = authorization;
    }

    /** The API as the test administrator (a new TCP connection per node, no cookies). */
    static Client api() {
        return new Client(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser: keeps its cookies (the session) whichever node it talks to; follows redirects. */
    static Client browser() {
        return new Client(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build(), null);
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Reply get(String url) {
        return send(request(url).GET());
    }

    Reply post(String url, JsonObject body, Map<String, String> headers) {
        var request = request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        return send(request);
    }

    Reply post(String url, JsonObject body) {
        return post(url, body, Map.of());
    }

    Reply postForm(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Sends; an exception (refused, reset, timeout) means the node did not answer. */
    Reply send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String url) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, text/html")
                .header("X-Requested-By", "it-cluster");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
