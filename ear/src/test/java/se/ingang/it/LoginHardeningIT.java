package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
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
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.control.PasswordHashing;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.publicform.boundary.PublicForm;
import se.ingang.publicform.control.FormSettings;
import se.ingang.publicform.control.WebFormInput;

/**
 * Security regressions of the login (issue 16, items 7, 9 and 12: login timing, common passwords,
 * login CSRF, logout, rate-limit keys), as an attacker from outside sees them: over HTTP, through the
 * real form and the API. Throttling (item 5) is LoginThrottlingIT.
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    /** What StaffDirectory gives new passwords in production (INGANG_PASSWORD_ITERATIONS' default). */
    private static final int PRODUCTION_ITERATIONS = 600_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    /**
     * Item 7: whether a username exists cannot be told by how long a wrong login takes. Timed against a
     * user whose hash has production's 600 000 iterations (the test server hashes new passwords with
     * 10 000, too cheap to stand out against the request's own cost): without the decoy an unknown
     * name fails in milliseconds, that user in about 0.3 s.
     */
    @Test
    void unknownUsernamesTakeAsLongAsKnownOnes() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var costly = PasswordHashing.hash(Application.TEST_PASSWORD, PRODUCTION_ITERATIONS);
        DataSource db = Application.lookup("java:jboss/datasources/IngangDS");
        try (var connection = db.getConnection(); var update = connection.prepareStatement(
                "UPDATE staff_user SET password_hash = ?, password_salt = ?, password_iterations = ? WHERE username = ?")) {
            update.setString(1, costly.hash());
            update.setString(2, costly.salt());
            update.setInt(3, costly.iterations());
            update.setString(4, user);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(Api.as(user, Application.TEST_PASSWORD).get("/api/me").status()).as("the costly hash works").isEqualTo(200);

        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            known.add(timeOfFailedLogin(user));
            unknown.add(timeOfFailedLogin("nobody-" + UUID.randomUUID()));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat((double) unknownMedian).as("median failed login of unknown names (ns), of the known user: " + knownMedian)
                .isGreaterThan(0.5 * knownMedian);
    }

    /** Item 12: a login form posted without the page's token (login CSRF) logs nobody in. */
    @Test
    void aLoginPostWithoutTheFormsTokenLogsNobodyIn() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var forged = LoginBrowser.from(LoginBrowser.uniqueAddress());
        forged.get("/staff/mine.xhtml");
        var refused = forged.post("/j_security_check", "j_username=" + user + "&j_password=" + Application.TEST_PASSWORD);
        assertThat(forged.get("/api/me").statusCode()).as("a login forged by another site").isEqualTo(401);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?refused=true");
        assertThat(forged.get("/login?refused=true").body()).contains("role=\"alert\"", "kom från en annan webbplats");

        var wrongToken = LoginBrowser.from(LoginBrowser.uniqueAddress());
        wrongToken.get("/login");
        wrongToken.post("/j_security_check", "ingang_login_token=" + LoginBrowser.token(forged.get("/login").body())
                + "&j_username=" + user + "&j_password=" + Application.TEST_PASSWORD);
        assertThat(wrongToken.get("/api/me").statusCode()).as("another session's token").isEqualTo(401);

        var real = LoginBrowser.from(LoginBrowser.uniqueAddress());
        real.get("/staff/mine.xhtml");
        var attempt = real.logIn(user, Application.TEST_PASSWORD);
        assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/staff/mine.xhtml");
        assertThat(real.get("/api/me").statusCode()).as("the real form's login").isEqualTo(200);
    }

    /** Item 12: GET /logout (a link or image on any page) does not end the session; the logout button's POST does. */
    @Test
    void onlyAPostLogsOut() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var browser = LoginBrowser.from(LoginBrowser.uniqueAddress());
        browser.get("/staff/mine.xhtml");
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
        String credentials = Base64.getEncoder().encodeToString((user + ":not-the-password-" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/me"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", LoginBrowser.uniqueAddress())
                .timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        assertThat(response.statusCode()).isEqualTo(401);
        return took;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
