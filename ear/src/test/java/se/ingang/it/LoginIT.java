package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Logging in as a browser does (FORM login, session cookie) and as an API client does
 * (HTTP Basic): staff pages send anonymous visitors to the login page, the API answers 401,
 * a wrong password fails, the right one works, logout ends the session.
 */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(LoginIT.class);
    }

    @Test
    void anonymousStaffPageRedirectsToTheLoginPage() throws Exception {
        var browser = LoginBrowser.local();
        var page = browser.get("/staff/mine.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        var login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html lang=\"sv\"", "Logga in", "j_security_check",
                "name=\"j_username\"", "name=\"j_password\"", "<label for=\"j_password\">");
        assertThat(browser.get("/login?lang=en").body()).contains("<html lang=\"en\"", "Log in to Ingång");
    }

    @Test
    void anonymousApiCallsGet401NotTheLoginPage() {
        var response = Api.anonymous().get("/api/cases");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");

        var wrongPassword = Api.as(Application.TEST_ADMINISTRATOR, "not-the-password").get("/api/cases");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        // The public part of the API stays open (a 404 from JAX-RS, not a 401).
        assertThat(Api.anonymous().get("/api/public/nothing-here").status()).isNotEqualTo(401);
    }

    @Test
    void wrongPasswordFailsWithAMessage() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var browser = LoginBrowser.local();
        browser.get("/staff/mine.xhtml");
        var attempt = browser.logIn(user, "wrong-password-1");
        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=true");
        var page = browser.get("/login?error=true");
        assertThat(page.body()).contains("role=\"alert\"", "Fel användarnamn eller lösenord");
        assertThat(browser.get("/staff/mine.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void rightPasswordOpensTheSessionAndLogoutEndsIt() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var browser = LoginBrowser.local();
        browser.get("/staff/mine.xhtml");
        var attempt = browser.logIn(user, Application.TEST_PASSWORD);
        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/staff/mine.xhtml");

        assertThat(browser.get("/staff/mine.xhtml").statusCode()).isEqualTo(200);
        var me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + user + "\"");
        // A logged-in visit to the login page goes on to the application.
        assertThat(browser.get("/login").statusCode()).isEqualTo(302);

        // GET /logout ends nothing (a link on any page could); the logout button posts.
        browser.get("/logout");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        var logout = browser.send(HttpRequest.newBuilder(browser.uri("/logout")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?loggedOut=true");
        assertThat(browser.get("/login?loggedOut=true").body()).contains("Du är utloggad");
        assertThat(browser.get("/staff/mine.xhtml").statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionCookieAloneCannotChangeData() throws Exception {
        String user = Application.newLoginUser(StaffRole.HANDLER, "finance");
        var browser = LoginBrowser.local();
        browser.get("/staff/mine.xhtml");
        browser.logIn(user, Application.TEST_PASSWORD);

        var forged = browser.send(HttpRequest.newBuilder(browser.uri("/api/me/presence"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"present\":true}")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("X-Requested-By");

        var fromTheApplication = browser.send(HttpRequest.newBuilder(browser.uri("/api/me/presence"))
                .header("Content-Type", "application/json").header(Api.CSRF_HEADER, "ingang-ui")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"present\":true}")));
        assertThat(fromTheApplication.statusCode()).isEqualTo(200);
        assertThat(fromTheApplication.body()).contains("\"present\":true");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        String user = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        var browser = LoginBrowser.local();
        var first = browser.get("/staff/mine.xhtml");
        String cookie = first.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        // A new session id after the login (no session fixation).
        var after = browser.logIn(user, Application.TEST_PASSWORD);
        String renewed = after.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(renewed.split(";")[0]).isNotEqualTo(cookie.split(";")[0]);
    }
}
