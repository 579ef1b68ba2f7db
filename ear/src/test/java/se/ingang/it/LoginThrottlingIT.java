package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Issue 16 item 5: wrong passwords slow down their source, never lock the account. Each test comes
 * from addresses of its own (X-Forwarded-For, the test server trusts the tests as its proxy) and
 * moves the application clock past a wait instead of sleeping.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottlingIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(LoginThrottlingIT.class);
    }

    /**
     * An attacker's wrong passwords: the owner logs in from elsewhere at once; the attacker's address
     * waits (429, Retry-After, even with the right password), and may try again once the wait passed.
     */
    @Test
    void wrongPasswordsThrottleTheirSourceButNeverLockTheAccount() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        String attacker = LoginBrowser.uniqueAddress();
        String metrics = ManagementEndpoint.scrapeMetrics();
        double failuresBefore = ManagementEndpoint.sample(metrics, "ingang_login_failures_total");
        double throttledBefore = ManagementEndpoint.sample(metrics, "ingang_login_throttled_total");

        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 12; i++) {
            statuses.add(basic(user, "wrong-password-" + i, attacker).statusCode());
        }
        assertThat(statuses).as("wrong passwords: refused, then throttled").containsOnly(401, 429).contains(429)
                .startsWith(401, 401, 401, 401, 401);
        // The first waits are a second or two, less than the next requests may take on a busy machine: the
        // attacker keeps trying after each wait until the wait is long enough to be seen for certain.
        for (long current = 0, round = 0; current < 16; round++) {
            assertThat(round).as("the wait grows (1, 2, 4 … s)").isLessThan(40);
            var attempt = basic(user, "wrong-password-again", attacker);
            if (attempt.statusCode() == 429) {
                current = Long.parseLong(attempt.headers().firstValue("Retry-After").orElseThrow());
                if (current < 16) {
                    Application.advanceClock(Duration.ofSeconds(current + 1));
                }
            }
        }

        assertThat(basic(user, Application.TEST_PASSWORD, LoginBrowser.uniqueAddress()).statusCode())
                .as("the right password from another address, right after the attack").isEqualTo(200);

        var throttled = basic(user, Application.TEST_PASSWORD, attacker);
        assertThat(throttled.statusCode()).as("the attacker's address waits, even with the right password").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        long wait = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).as("a short, bounded wait, in seconds").isBetween(1L, 60L);
        Application.advanceClock(Duration.ofSeconds(wait + 1));
        assertThat(basic(user, Application.TEST_PASSWORD, attacker).statusCode())
                .as("the right password once the wait has passed").isEqualTo(200);

        metrics = ManagementEndpoint.scrapeMetrics();
        assertThat(ManagementEndpoint.sample(metrics, "ingang_login_failures_total") - failuresBefore)
                .as("failed logins are counted for administrators").isGreaterThanOrEqualTo(6);
        assertThat(ManagementEndpoint.sample(metrics, "ingang_login_throttled_total") - throttledBefore)
                .as("refused attempts are counted").isGreaterThanOrEqualTo(2);
    }

    /**
     * The lock an anonymous caller could renew for ever (Elytron's default: 10 failures lock the
     * account for 15 minutes, the right password included): wrong passwords spread over many
     * addresses, none of them throttled, must leave the owner free to log in.
     */
    @Test
    void wrongPasswordsFromManyAddressesNeverLockTheOwnerOut() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var statuses = new ArrayList<Integer>();
        for (int address = 0; address < 8; address++) {
            String from = LoginBrowser.uniqueAddress();
            for (int i = 0; i < 2; i++) {
                statuses.add(basic(user, "wrong-password-" + address + "-" + i, from).statusCode());
            }
        }
        assertThat(statuses).as("16 wrong passwords, two from each address: each one refused").containsOnly(401);

        assertThat(basic(user, Application.TEST_PASSWORD, LoginBrowser.uniqueAddress()).statusCode())
                .as("the owner's right password, right after 16 failures").isEqualTo(200);
    }

    /** The wait does not grow without end, and attempts made while waiting do not prolong it. */
    @Test
    void theWaitIsBoundedAndNotProlongedByAttemptsWhileWaiting() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        String attacker = LoginBrowser.uniqueAddress();
        long longest = 0;
        for (int round = 0; round < 24; round++) {
            var response = basic(user, "wrong-" + round, attacker);
            if (response.statusCode() == 429) {
                long wait = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
                longest = Math.max(longest, wait);
                for (int i = 0; i < 3; i++) {
                    assertThat(basic(user, "wrong-while-waiting", attacker).headers().firstValue("Retry-After").map(Long::parseLong)
                            .orElseThrow()).as("asking again while waiting").isLessThanOrEqualTo(wait);
                }
                Application.advanceClock(Duration.ofSeconds(wait + 1));
            }
        }
        assertThat(longest).as("the longest wait, after 1, 2, 4 … seconds: the maximum, not more").isEqualTo(60L);
    }

    /** The form: a person whose source must wait is sent back to the login page, told how long, in their language. */
    @Test
    void theLoginFormSaysHowLongToWait() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var browser = LoginBrowser.from(LoginBrowser.uniqueAddress());
        String location = "";
        for (int i = 0; i < 12 && !location.contains("wait="); i++) {
            location = browser.logIn(user, "wrong-password-" + i).headers().firstValue("Location").orElseThrow();
        }
        assertThat(location).as("after repeated failures").containsPattern("/login\\?wait=\\d+$");
        var page = browser.get(location.substring(location.indexOf("/login")));
        assertThat(page.body()).contains("role=\"alert\"", "För många misslyckade inloggningar", "sekunder");
        var english = browser.get(location.substring(location.indexOf("/login")) + "&lang=en");
        assertThat(english.body()).contains("Too many failed logins from here");

        assertThat(LoginBrowser.from(LoginBrowser.uniqueAddress()).logIn(user, Application.TEST_PASSWORD)
                .headers().firstValue("Location").orElseThrow()).as("the owner from elsewhere").doesNotContain("/login");
    }

    private static HttpResponse<String> basic(String user, String password, String from) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/me"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", from)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
