package se.ingang.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;

/**
 * A small HTTP client for the REST API, as an integration would call it: HTTP Basic
 * credentials and the anti-forgery header (X-Requested-By) on every request.
 * {@link #ofThisServer()} calls as the test administrator, who may do everything;
 * {@link #as} as another user, {@link #anonymous()} without credentials.
 */
public final class Api {

    /** The header state-changing API requests need (api.security.CsrfProtection). */
    public static final String CSRF_HEADER = "X-Requested-By";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final HttpClient http = HTTP;
    private final String base;
    private final String authorization;
    private final boolean asTestAdministrator;

    private Api(String base, String authorization, boolean asTestAdministrator) {
        this.base = base;
        this.authorization = authorization;
        this.asTestAdministrator = asTestAdministrator;
    }

    /**
     * The API of the server this test runs in (its HTTP port follows the port offset), as the
     * test administrator. They are made at the first request, not here: test classes build
     * their Api in field initialisers, which also run outside the server.
     */
    public static Api ofThisServer() {
        return new Api(baseUrl(), basic(Application.TEST_ADMINISTRATOR, Application.TEST_PASSWORD), true);
    }

    /** The same server as another staff user. */
    public static Api as(String username, String password) {
        return new Api(baseUrl(), basic(username, password), false);
    }

    /** The same server without credentials. */
    public static Api anonymous() {
        return new Api(baseUrl(), null, false);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** http://127.0.0.1:PORT of this server, without a trailing slash. */
    public static String baseUrl() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port;
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A request as built by the caller (e.g. without the anti-forgery header); credentials are added. */
    public Response send(HttpRequest.Builder request, boolean withCsrfHeader) {
        return exchange(request, withCsrfHeader);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, JsonStructure body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, JsonStructure body) {
        return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder json(String path, JsonStructure body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        return exchange(request, true);
    }

    private Response exchange(HttpRequest.Builder request, boolean withCsrfHeader) {
        if (asTestAdministrator) {
            Application.ensureTestAdministrator();
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (withCsrfHeader) {
            request.header(CSRF_HEADER, "ingang-it");
        }
        try {
            var response = http.send(request.header("Accept", "application/json, application/problem+json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, Location header and the body as JSON. */
    public record Response(int status, String contentType, String location, String body) {

        public JsonObject json() {
            if (body == null || body.isBlank()) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
