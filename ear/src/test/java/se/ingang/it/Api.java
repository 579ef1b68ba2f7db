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
import java.time.Duration;

/** A small HTTP client for the REST API, as an integration would call it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    private Api(String base) {
        this.base = base;
    }

    /** The API of the server this test runs in (its HTTP port follows the port offset). */
    public static Api ofThisServer() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new Api("http://127.0.0.1:" + port);
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

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
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

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        return send(request, "application/json, application/problem+json");
    }

    private Response send(HttpRequest.Builder request, String accept) {
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
