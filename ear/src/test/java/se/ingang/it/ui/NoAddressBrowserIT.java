package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
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
import se.ingang.it.Api;
import se.ingang.it.ItDeployment;
import se.ingang.itsupport.browser.Browser;

/**
 * Answers are mailed whatever the channel, so a case whose customer has no e-mail address
 * says so before anyone writes — "no e-mail address, call back" with the number to call —
 * and offers no reply or question form, only the note and the resolving reply. Screenshots
 * at 1280 and 320 px, Swedish and English, land in ear/target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoAddressBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(NoAddressBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void aCaseWithoutAnAddressSaysCallBackInsteadOfOfferingAReply() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String group = workspace.newQueue();
        String handler = workspace.staffMember("HANDLER", group);
        var api = Api.as(administrator, Pages.PASSWORD);
        String phone = String.format("070%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        var created = api.post("/api/cases", Json.createObjectBuilder()
                .add("channel", "PHONE").add("subject", "Ringde om sitt schema").add("message", "Vill ha besked om schemat.")
                .add("customer", Json.createObjectBuilder().add("name", "Bo Ek").add("phone", phone).add("group", "STUDENT"))
                .add("frontOffice", "fo-registry").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");
        var routed = api.post("/api/cases/" + number + "/triage", Json.createObjectBuilder()
                .add("version", created.json().getJsonNumber("version").longValue()).add("outcome", "ROUTE").add("group", group).build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(handler).openCaseDirectly(number);
            browser.find(By.id("noAddress"));
            assertThat(browser.text("noAddress")).contains("Ingen e-postadress – ring tillbaka.", "Ring " + phone);
            assertThat(browser.driver().findElements(By.id("reply"))).as("no reply form to send to nobody").isEmpty();
            assertThat(browser.driver().findElements(By.id("ask"))).as("no question form").isEmpty();
            assertThat(browser.driver().findElements(By.id("resolve"))).as("the phone answer can still resolve").isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("case view without an address, sv").isEmpty();
            shoot(browser, "no-address-sv");

            browser.click("session:lang-en");
            browser.waitForText(By.id("noAddress"), "No e-mail address – call back.");
            assertThat(browser.text("noAddress")).contains("Call " + phone);
            assertThat(browser.accessibilityViolations()).as("case view without an address, en").isEmpty();
            shoot(browser, "no-address-en");
        }
    }

    /** A screenshot at 1280 and at 320 px; at 320 the page must not scroll sideways. */
    private static void shoot(Browser browser, String name) {
        var window = browser.driver().manage().window();
        for (int width : new int[] {1280, 320}) {
            window.setSize(new Dimension(width, 1400));
            browser.find(By.id("noAddress"));
            Object sideways = browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(sideways).as("horizontal scroll at " + width + " px").isEqualTo(false);
            var shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            try {
                Path dir = Files.createDirectories(Path.of("target", "screenshots"));
                Files.copy(shot, dir.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        window.setSize(new Dimension(1280, 1024));
    }
}
