package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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

/**
 * The quarantine and noise pages as an administrator uses them: from the administration page to
 * the list, an entry's detail with its raw text shown as text, "make a case" with the customer's
 * address; accessible (axe-core) and without sideways scrolling at 1280 and 320 px, in Swedish and
 * English. Managers get 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailQuarantineBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(MailQuarantineBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void anAdministratorMakesACaseOfQuarantinedMailFromTheListAndItsDetail() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR", "fo-registry");
        String subject = "Trasig fraga " + UUID.randomUUID().toString().substring(0, 8);
        workspace.quarantined(subject, "Ring mig, jag skrev fran telefonen. <b>inte fetstil</b>");
        String customer = Workspace.uniqueEmail();

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            browser.click(By.id("quarantine-link"));
            browser.waitForText(By.tagName("h1"), "E-postkarantän");
            browser.waitForText(By.id("quarantine"), subject);
            checkPage(browser, "quarantine-list-sv");

            browser.click(By.linkText(subject));
            browser.waitForText(By.tagName("h1"), "Meddelande i karantänen");
            assertThat(browser.text("entry-reason")).contains("no usable sender");
            // The raw message is text on the page: its markup is shown, never rendered.
            assertThat(browser.text("raw")).contains("Subject: " + subject, "<b>inte fetstil</b>");
            assertThat(browser.find(By.id("raw")).findElements(By.tagName("b"))).isEmpty();
            checkPage(browser, "quarantine-entry-sv");

            browser.type("entry:customerEmail", "inte en adress");
            browser.click("entry:make-case");
            browser.waitForText(By.id("entry"), "giltig e-postadress");
            browser.type("entry:customerEmail", customer);
            browser.click("entry:make-case");
            browser.waitForText(By.id("action-result"), "registrerat");
            String number = browser.text("entry-case");
            assertThat(browser.text("action-result")).contains(number);
            assertThat(browser.text("entry-status")).contains("Löst", administrator);
            assertThat(browser.find(By.id("entry")).findElements(By.id("entry:make-case"))).as("done: no more actions").isEmpty();
            assertThat(workspace.caseState(number)).contains("status=NEW");

            browser.click("session:lang-en");
            browser.waitForText(By.tagName("h1"), "Message in the quarantine");
            assertThat(browser.text("entry-status")).as("the same entry after the language switch").contains("Resolved", number);
            checkPage(browser, "quarantine-entry-en");
            browser.click(By.id("back"));
            browser.waitForText(By.tagName("h1"), "Mail quarantine");
            checkPage(browser, "quarantine-list-en");

            browser.click(By.id("noise-link"));
            browser.waitForText(By.tagName("h1"), "Noise log");
            checkPage(browser, "noise-en");
            browser.click("session:lang-sv");
            browser.waitForText(By.tagName("h1"), "Bruslogg");
            checkPage(browser, "noise-sv");
        }

        String manager = workspace.staffMember("MANAGER", "fo-registry");
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(manager);
            assertThat(browser.statusOf("/staff/mail-quarantine.xhtml")).isEqualTo(403);
            assertThat(browser.statusOf("/staff/mail-quarantine-entry.xhtml?id=1")).isEqualTo(403);
            assertThat(browser.statusOf("/staff/mail-noise.xhtml")).isEqualTo(403);
        }
    }

    /** WCAG 2.1 AA and no sideways scrolling at 1280 and at 320 px; a screenshot of each for a person to look at. */
    private static void checkPage(Browser browser, String name) {
        var window = browser.driver().manage().window();
        try {
            for (int width : new int[] {1280, 320}) {
                window.setSize(new Dimension(width, 1000));
                browser.waitUntil(d -> ((Number) browser.script("return window.innerWidth")).intValue() <= width);
                assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as(name + " scrolls sideways at " + width + " px").isEqualTo(Boolean.TRUE);
                assertThat(browser.accessibilityViolations()).as(name + " at " + width + " px").isEmpty();
                screenshot(browser, name + "-" + width);
            }
        } finally {
            window.setSize(new Dimension(1280, 1024));
        }
    }

    private static void screenshot(Browser browser, String name) {
        try {
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception e) {
            // A screenshot is for people; the assertions above decide the test.
        }
    }
}
