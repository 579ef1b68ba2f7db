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
import se.ingang.it.ItDeployment;
import se.ingang.itsupport.browser.Browser;

/** The administration pages: administrators change users and queues, managers only read, others get 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(AdministrationBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void anAdministratorCreatesAUserWithRoleAndQueueWhoThenLogsIn() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String queue = workspace.newQueue();
        String username = "ny-" + UUID.randomUUID().toString().substring(0, 8);

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            browser.type("newUser:username", username);
            browser.type("newUser:name", "Nina Ny");
            browser.type("newUser:email", username + "@example.se");
            browser.type("newUser:password", "nytt-losen-2026");
            browser.click(By.cssSelector("input[name='newUser:roles'][value='HANDLER']"));
            browser.click(By.cssSelector("input[name='newUser:queues'][value='" + queue + "']"));
            browser.click("newUser:create");

            browser.waitForText(By.id("messages"), "Användaren " + username + " är skapad");
            assertThat(browser.text("users")).contains(username).contains("HANDLER").contains(queue);
            assertThat(browser.pageSource()).doesNotContain("nytt-losen-2026");
        }
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(username, "nytt-losen-2026");
            assertThat(browser.text("current-user")).contains("Nina Ny");
        }
    }

    @Test
    void invalidInputIsShownAtTheFieldAndCreatesNothing() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            assertThat(browser.accessibilityViolations()).as("administration, editable").isEmpty();

            browser.type("newUser:username", "x!");
            browser.type("newUser:name", "Felaktig Användare");
            browser.click("newUser:create");

            browser.waitForText(By.id("newUser:username-error"), "2–100");
            assertThat(browser.text("messages")).contains("Formuläret innehåller fel");
            assertThat(browser.text("users")).doesNotContain("Felaktig Användare");
            assertThat(browser.accessibilityViolations()).as("administration, error state").isEmpty();
        }
    }

    @Test
    void anAdministratorChangesAQueuesAssignmentPolicyAndAStaleSaveIsRefused() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String queue = workspace.newQueue();

        try (var first = Browser.open(); var second = Browser.open()) {
            new Pages(first).signIn(administrator);
            new Pages(second).signIn(administrator);
            first.go("/staff/admin-queue.xhtml?code=" + queue);
            second.go("/staff/admin-queue.xhtml?code=" + queue);
            assertThat(first.accessibilityViolations()).as("queue settings").isEmpty();

            first.select("queue:policy", "ROUND_ROBIN");
            first.click("queue:save");
            first.waitForText(By.id("messages"), "Tilldelningen för " + queue + " är ändrad");
            assertThat(first.text("queues")).contains("Turordning");

            second.select("queue:policy", "LEAST_LOADED");
            second.click("queue:save");
            second.waitForText(By.id("messages"), "Någon annan har ändrat kön");
            assertThat(second.accessibilityViolations()).as("queue settings, conflict").isEmpty();

            first.go("/staff/admin-queue.xhtml?code=" + queue);
            assertThat(first.find(By.cssSelector("#queue\\:policy option[selected]")).getAttribute("value"))
                    .isEqualTo("ROUND_ROBIN");
        }
    }

    @Test
    void anInvalidRoutingTableIsRefusedWithItsErrorAndNoNewVersion() throws Exception {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        Path invalid = Files.createTempFile("routing-", ".dmn");
        Files.writeString(invalid, "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">kaputt");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            browser.click("routing-link");
            String version = browser.text("version");
            assertThat(browser.text("rules")).isNotBlank();
            assertThat(browser.accessibilityViolations()).as("routing table").isEmpty();

            browser.byId("upload:dmn").sendKeys(invalid.toAbsolutePath().toString());
            browser.click("upload:deploy");

            browser.waitForText(By.id("messages"), "driftsattes inte");
            assertThat(browser.text("upload:dmn-error")).contains("ogiltig");
            assertThat(browser.text("version")).isEqualTo(version);
            assertThat(browser.accessibilityViolations()).as("routing table, refused upload").isEmpty();
        } finally {
            Files.deleteIfExists(invalid);
        }
    }

    @Test
    void aManagerSeesTheAdministrationReadOnlyAndAnAgentIsRefused() {
        var workspace = new Workspace(testWar);
        String manager = workspace.staffMember("MANAGER");
        String agent = workspace.staffMember("AGENT", "fo-study");
        String queue = workspace.newQueue();

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(manager);
            browser.go("/staff/admin.xhtml");
            browser.waitForText(By.id("read-only"), "bara administratörer");
            assertThat(browser.driver().findElements(By.id("newUser"))).isEmpty();
            assertThat(browser.text("queues")).contains(queue).doesNotContain("Ändra");
            assertThat(browser.accessibilityViolations()).as("administration, read only").isEmpty();

            browser.go("/staff/admin-queue.xhtml?code=" + queue);
            browser.waitForText(By.id("current-policy"), "Manuell");
            assertThat(browser.driver().findElements(By.id("queue"))).isEmpty();

            browser.go("/staff/routing.xhtml");
            assertThat(browser.text("version")).isNotBlank();
            assertThat(browser.driver().findElements(By.id("upload"))).isEmpty();
        }
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent);
            assertThat(browser.statusOf("/staff/admin.xhtml")).isEqualTo(403);
            assertThat(browser.statusOf("/staff/admin-queue.xhtml?code=" + queue)).isEqualTo(403);
            assertThat(browser.statusOf("/staff/routing.xhtml")).isEqualTo(403);
        }
    }
}
