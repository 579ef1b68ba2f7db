package se.ingang.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A browser as the server sees it: keeps its cookies (the session), follows no redirects, and logs
 * in as a person does — opens the login page and sends its form, token included. It may come from an
 * address of its own (X-Forwarded-For; the test server trusts the tests as its proxy), so one test's
 * failed logins never slow down another's.
 */
public final class LoginBrowser {

    private static final Pattern TOKEN = Pattern.compile("name=\"ingang_login_token\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String from;

    private LoginBrowser(String from) {
        this.from = from;
    }

    /** From the tests' own address (no X-Forwarded-For). */
    public static LoginBrowser local() {
        return new LoginBrowser(null);
    }

    public static LoginBrowser from(String address) {
        return new LoginBrowser(address);
    }

    /** A random address from IPv6's documentation range (2001:db8::/32), so each caller is a source of its own. */
    public static String uniqueAddress() {
        var random = ThreadLocalRandom.current();
        return "2001:db8::" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":" + Integer.toHexString(random.nextInt(1, 0xffff));
    }

    /** The login form's token in a login page. */
    public static String token(String loginPage) {
        var matcher = TOKEN.matcher(loginPage);
        if (!matcher.find()) {
            throw new AssertionError("no login token in the page: " + loginPage);
        }
        return matcher.group(1);
    }

    public URI uri(String path) {
        return URI.create(Api.baseUrl() + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "sv-SE,sv;q=0.9").GET());
    }

    public HttpResponse<String> post(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** As a person does: open the login page, fill it in, send it. */
    public HttpResponse<String> logIn(String username, String password) throws Exception {
        String token = token(get("/login").body());
        return post("/j_security_check", "ingang_login_token=" + encode(token) + "&j_username=" + encode(username)
                + "&j_password=" + encode(password));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (from != null) {
            request.header("X-Forwarded-For", from);
        }
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
