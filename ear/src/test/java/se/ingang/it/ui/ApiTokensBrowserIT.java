package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import se.ingang.it.ItDeployment;
import se.ingang.itsupport.browser.Browser;

/** The API tokens page: make a token (its secret shown once), use it, revoke it; readable at 1280 and 320 px. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(ApiTokensBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void aTokenIsMadeShownOnceUsedAndRevoked() throws Exception {
        String agent = new Workspace(testWar).staffMember("AGENT", "fo-study");
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent);
            browser.click("session:nav-api-tokens");
            browser.find(By.id("new-token:name"));
            assertThat(browser.text("no-tokens")).contains("inga nycklar");
            assertThat(browser.accessibilityViolations()).as("the tokens page, empty").isEmpty();

            browser.type("new-token:name", "rapportskript");
            browser.click(By.cssSelector("input[name='new-token:scopes'][value='AGENT']"));
            browser.click("new-token:create");
            browser.waitForText(By.id("messages"), "rapportskript");
            String secret = browser.byId("secret").getAttribute("value");
            assertThat(secret).startsWith("ingang_");
            assertThat(browser.text("secret-card")).contains("visas bara den här gången");
            assertThat(browser.text("token-list")).contains("rapportskript").contains("Giltig");
            assertThat(browser.accessibilityViolations()).as("the tokens page, secret shown").isEmpty();
            shots(browser, "sv-created");

            assertThat(status("/api/me", secret)).as("the shown secret works").isEqualTo(200);

            browser.go("/staff/api-tokens.xhtml");
            assertThat(browser.pageSource()).as("shown once").doesNotContain(secret);
            assertThat(browser.text("token-list")).contains("rapportskript");
            browser.click("session:lang-en");
            browser.waitForText(By.id("list-h"), "My tokens");
            shots(browser, "en-list");

            browser.click(By.cssSelector("#token-list input.revoke"));
            browser.waitForText(By.id("messages"), "revoked");
            assertThat(browser.text("token-list")).contains("Revoked");
            assertThat(browser.pageSource()).doesNotContain("???");
            assertThat(status("/api/me", secret)).as("revoked").isEqualTo(401);
        }
    }

    /** Screenshots at 1280 and 320 px (ear/target/screenshots) and no sideways scroll at either. */
    private static void shots(Browser browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 320}) {
            browser.driver().manage().window().setSize(new Dimension(width, 1000));
            Object sideways = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
            Path file = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, dir.resolve("api-tokens-" + name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            browser.script("document.getElementById('list-h').scrollIntoView();");
            file = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, dir.resolve("api-tokens-" + name + "-" + width + "-list.png"), StandardCopyOption.REPLACE_EXISTING);
            browser.script("window.scrollTo(0, 0);");
            assertThat(sideways).as(name + " at " + width + " px scrolls sideways").isEqualTo(false);
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
    }

    private static int status(String path, String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path))
                .header("Authorization", "Bearer " + secret).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
