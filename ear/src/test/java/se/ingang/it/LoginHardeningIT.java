package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.publicform.boundary.PublicForm;
import se.ingang.publicform.control.FormSettings;
import se.ingang.publicform.control.WebFormInput;

/**
 * Security regressions of the login (issue 16, items 5, 7, 9 and the login parts of 12), as an
 * attacker from outside sees them: over HTTP, through the real form and the API's Basic login.
 * Each test's callers come from addresses of their own (X-Forwarded-For, which the test server
 * trusts from 127.0.0.1), so no test throttles another.
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(LoginHardeningIT.class);
    }

    /**
     * Item 5: an anonymous attacker's wrong passwords slow down only the attacker; the owner of the
     * account logs in from elsewhere at once, and from the attacker's address once the delay passed.
     */
    @Test
    @Disabled("issue 16 item 5 is not built yet (throttling per address and account); fails on today's code: "
            + "the right password from another address is refused (401) after 10 wrong ones")
    void wrongPasswordsThrottleTheirSourceButNeverLockTheAccount() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        String attacker = uniqueAddress();
        double failuresBefore = metric("ingang_login_failures_total");
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 12; i++) {
            statuses.add(basic(user, "wrong-password-" + i, attacker).statusCode());
        }
        assertThat(statuses).as("wrong passwords: refused, then throttled").containsOnly(401, 429).contains(429);

        assertThat(basic(user, Application.TEST_PASSWORD, uniqueAddress()).statusCode())
                .as("the right password from another address, right after the attack").isEqualTo(200);

        var throttled = basic(user, Application.TEST_PASSWORD, attacker);
        assertThat(throttled.statusCode()).as("the attacker's address waits, even with the right password").isEqualTo(429);
        long wait = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).as("a bounded delay, in seconds").isBetween(1L, 15 * 60L);
        Application.advanceClock(Duration.ofSeconds(wait + 1));
        assertThat(basic(user, Application.TEST_PASSWORD, attacker).statusCode())
                .as("the right password once the delay has passed").isEqualTo(200);

        assertThat(metric("ingang_login_failures_total") - failuresBefore)
                .as("failed logins are counted for administrators").isGreaterThanOrEqualTo(5);
        assertThat(metric("ingang_login_throttled_total")).as("throttled attempts are counted").isGreaterThan(0);
    }

    /**
     * Item 7: whether a username exists cannot be told by how long a wrong login takes. Not yet a
     * regression test: at the test server's 10 000 PBKDF2 iterations it also passed on the code
     * before the decoy (the hash is too cheap against the request's own cost); it needs a costlier
     * hash for the users it times.
     */
    @Test
    void unknownUsernamesTakeAsLongAsKnownOnes() throws Exception {
        var known = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            known.add(Application.newLoginUser(StaffRole.AGENT, "fo-it"));
        }
        long fastestKnown = Long.MAX_VALUE;
        long fastestUnknown = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            for (String user : known) {
                fastestKnown = Math.min(fastestKnown, timeOfFailedLogin(user));
                fastestUnknown = Math.min(fastestUnknown, timeOfFailedLogin("nobody-" + UUID.randomUUID()));
            }
        }
        // The fastest of many tries: load on the machine only ever adds time.
        assertThat((double) fastestUnknown).as("fastest failed login of an unknown user (ns), known: " + fastestKnown)
                .isGreaterThan(0.6 * fastestKnown);
    }

    /** Item 9: a common password is refused wherever a password is set, with a sentence saying why. */
    @Test
    void commonPasswordsAreRefused() {
        var api = Api.ofThisServer();
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post("/api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Test " + username).add("roles", Json.createArrayBuilder().add("AGENT"))
                .add("password", "Password123!").build());
        assertThat(created.status()).as(created.body()).isEqualTo(400);
        assertThat(created.body()).contains("password").containsIgnoringCase("common");

        String existing = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        for (String common : List.of("qwertyuiop", "1234567890", "sommar2026!", "Password2026")) {
            var changed = api.put("/api/staff/" + existing + "/password",
                    Json.createObjectBuilder().add("password", common).build());
            assertThat(changed.status()).as(common + ": " + changed.body()).isEqualTo(400);
        }
        var strong = api.put("/api/staff/" + existing + "/password",
                Json.createObjectBuilder().add("password", "korp-Lingon-tavla-81").build());
        assertThat(strong.status()).as(strong.body()).isEqualTo(204);
    }

    /** Item 12: a login form posted without the page's token (login CSRF) logs nobody in. */
    @Test
    @Disabled("issue 16 item 12, login CSRF token, is not built yet; fails on today's code: the forged login succeeds")
    void aLoginPostWithoutTheFormsTokenLogsNobodyIn() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var forged = new Browser(uniqueAddress());
        forged.get("/index.html");
        forged.post("/j_security_check", "j_username=" + user + "&j_password=" + Application.TEST_PASSWORD);
        assertThat(forged.get("/api/me").statusCode()).as("a login forged by another site").isEqualTo(401);

        var real = new Browser(uniqueAddress());
        real.get("/index.html");
        var attempt = real.logIn(user, Application.TEST_PASSWORD);
        assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/index.html");
        assertThat(real.get("/api/me").statusCode()).as("the real form's login").isEqualTo(200);
    }

    /** Item 12: GET /logout (a link or image on any page) does not end the session; the logout button's POST does. */
    @Test
    void onlyAPostLogsOut() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var browser = new Browser(uniqueAddress());
        browser.get("/index.html");
        browser.logIn(user, Application.TEST_PASSWORD);

        browser.get("/logout");
        assertThat(browser.get("/api/me").statusCode()).as("after GET /logout").isEqualTo(200);

        var logout = browser.post("/logout", "");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?loggedOut=true");
        assertThat(browser.get("/api/me").statusCode()).as("after POST /logout").isEqualTo(401);
    }

    /** Item 12: the public form's rate-limit keys cannot be reversed by hashing guessed addresses. */
    @Test
    void rateLimitKeysAreKeyedHashes() throws Exception {
        String email = Contacts.uniqueEmail();
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        var form = Application.<PublicForm>lookup("java:global/ingang/ingang-ejb/PublicForm!" + PublicForm.class.getName());
        form.submit(new WebFormInput("STUDENT", "SUPPORT", "degree", "Examensbevis", "När kommer mitt examensbevis?",
                "Åsa Öberg", email, null, true, FormSettings.PRIVACY_TEXT_VERSION, null, "sv", List.of()), address);

        DataSource db = Application.lookup("java:jboss/datasources/IngangDS");
        var keys = new ArrayList<String>();
        try (var connection = db.getConnection();
             var query = connection.prepareStatement("SELECT sender_key FROM form_submission ORDER BY id DESC LIMIT 50");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        assertThat(keys).as("keys of recent posts").isNotEmpty()
                .doesNotContain(sha256("email:" + email.toLowerCase(Locale.ROOT)), sha256("address:" + address));
    }

    private static long timeOfFailedLogin(String user) throws Exception {
        long start = System.nanoTime();
        var response = basic(user, "not-the-password-" + UUID.randomUUID(), uniqueAddress());
        long took = System.nanoTime() - start;
        assertThat(response.statusCode()).isEqualTo(401);
        return took;
    }

    private static HttpResponse<String> basic(String user, String password, String from) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/me"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", from)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double metric(String name) {
        return ManagementEndpoint.sample(ManagementEndpoint.scrapeMetrics(), name);
    }

    /** A random address from IPv6's documentation range (2001:db8::/32), so each caller is a source of its own. */
    private static String uniqueAddress() {
        var random = ThreadLocalRandom.current();
        return "2001:db8::" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":" + Integer.toHexString(random.nextInt(1, 0xffff));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A cookie-keeping client that does not follow redirects, as a browser seen from the server, from one address. */
    private static final class Browser {

        private static final Pattern TOKEN = Pattern.compile("name=\"ingang_login_token\" value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final String from;

        Browser(String from) {
            this.from = from;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).GET());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        /** As a person does: open the login page, fill it in, send it (with the token the page carries). */
        HttpResponse<String> logIn(String username, String password) throws Exception {
            var page = get("/login").body();
            var token = TOKEN.matcher(page);
            String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + (token.find() ? "&ingang_login_token=" + token.group(1) : "");
            return post("/j_security_check", form);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.header("X-Forwarded-For", from).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
