package se.ingang.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff pages over plain HTTP, as an attacker's script sees them: one session (cookie) per
 * instance, HTTP Basic on every request (the web module takes it silently, so no login form is
 * involved), and form posts built by hand from the page's HTML — any field, any value.
 */
public final class StaffPages {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String authorization;

    public StaffPages(String username, String password) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A test staff member made by {@link Application#newLoginUser}. */
    public static StaffPages as(String username) {
        return new StaffPages(username, Application.TEST_PASSWORD);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(java.net.URI.create(Api.baseUrl() + path)).GET());
    }

    /** A form post with exactly these fields (URL-encoded), to the path given. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(java.net.URI.create(Api.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The view state id of the page (the same in every form of it). */
    public static String viewState(String html) {
        return first(VIEW_STATE, html, "no jakarta.faces.ViewState in the page");
    }

    /** The client id of the first button whose tag contains the text given (e.g. its title). */
    public static String buttonId(String html, String containing) {
        Matcher buttons = Pattern.compile("<button[^>]*>").matcher(html);
        while (buttons.find()) {
            String tag = buttons.group();
            if (tag.contains(containing)) {
                return first(Pattern.compile("id=\"([^\"]+)\""), tag, "button without id: " + tag);
            }
        }
        throw new AssertionError("no button with " + containing + " in the page");
    }

    private static String first(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(otherwise);
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
