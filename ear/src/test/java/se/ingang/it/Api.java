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

    private static final String JSON = "application/json, application/problem+json";

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

    /** The same server with an API token (Authorization: Bearer), as an integration calls it. */
    public static Api withToken(String secret) {
        return new Api(baseUrl(), "Bearer " + secret, false);
    }

    /** The same server without credentials. */
    public static Api anonymous() {
        return new Api(baseUrl(), null, false);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** http://127.0.0.1:PORT of this server, without a trailing slash (in the server, or from a @RunAsClient test). */
    public static String baseUrl() {
        String offset = System.getProperty("jboss.socket.binding.port-offset");
        String client = System.getProperty("ingang.base-url");
        if (offset == null && client != null) {
            return client.replaceAll("/+$", "");
        }
        return "http://127.0.0.1:" + (8080 + (offset == null ? 0 : Integer.parseInt(offset)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A request as built by the caller (e.g. without the anti-forgery header); credentials are added. */
    public Response send(HttpRequest.Builder request, boolean withCsrfHeader) {
        return exchange(request, withCsrfHeader, JSON);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A download (attachment, raw message): any content type. */
    public Response download(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET());
    }

    public Response post(String path, JsonStructure body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body that is no JSON: a CSV file, a multipart form. */
    public Response postBody(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, JsonStructure body) {
        return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A request with a body of any content type, e.g. an XML upload. */
    public Response send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET that asks for another media type than JSON, e.g. application/xml. */
    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), accept);
    }

    private HttpRequest.Builder json(String path, JsonStructure body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        return exchange(request, true, JSON);
    }

    private Response send(HttpRequest.Builder request, String accept) {
        return exchange(request, true, accept);
    }

    private Response exchange(HttpRequest.Builder request, boolean withCsrfHeader, String accept) {
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
            var response = http.send(request.header("Accept", accept)
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
