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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.publicform.boundary.PublicForm;
import se.ingang.publicform.control.FormSettings;
import se.ingang.publicform.control.WebFormInput;

/**
 * Security regressions of the login (issue 16, items 9 and the logout and rate-limit-key parts of
 * 12), as an attacker from outside sees them: over HTTP, through the real form and the API.
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(LoginHardeningIT.class);
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

        /** As a person does: open the login page, fill it in, send it. */
        HttpResponse<String> logIn(String username, String password) throws Exception {
            get("/login");
            String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return post("/j_security_check", form);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.header("X-Forwarded-For", from).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
