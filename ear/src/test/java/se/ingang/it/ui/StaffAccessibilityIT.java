package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/** axe-core finds no WCAG 2.1 A/AA violation on the workspace's pages, in Swedish and in English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccessibilityIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(StaffAccessibilityIT.class).addClasses(Fixtures.class);
    }

    @Test
    void workspacePagesHaveNoWcagViolations() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR", "fo-study", "examinations");
        String email = Workspace.uniqueEmail();
        String number = workspace.newCase(email, "Tillgänglighet", "Ett meddelande.\nMed två rader.", "exams");

        try (var browser = Browser.open()) {
            var pages = new Pages(browser).signIn(administrator);
            pages.inbox(email).waitForRow(number);
            assertThat(browser.accessibilityViolations()).as("inbox").isEmpty();

            pages.openCase(number);
            assertThat(browser.accessibilityViolations()).as("case view, new case").isEmpty();
            browser.select("triage:routeGroup", "examinations");
            browser.clickAndWait("triage:route");
            browser.waitForText(By.id("status"), "Pågår");
            assertThat(browser.accessibilityViolations()).as("case view, in progress").isEmpty();

            pages.groupQueue("examinations", email).waitForRow(number);
            assertThat(browser.accessibilityViolations()).as("group queue").isEmpty();

            browser.go("/staff/mine.xhtml");
            assertThat(browser.accessibilityViolations()).as("my cases").isEmpty();

            browser.go("/staff/admin.xhtml");
            browser.find(By.id("queues"));
            assertThat(browser.accessibilityViolations()).as("administration").isEmpty();

            browser.click("session:lang-en");
            browser.waitForText(By.tagName("h1"), "Administration");
            browser.go("/staff/queue.xhtml");
            browser.waitForText(By.tagName("h1"), "Inbox");
            assertThat(browser.accessibilityViolations()).as("inbox in English").isEmpty();
        }
    }

    @Test
    void theLoginPageHasNoWcagViolations() {
        try (var browser = Browser.open()) {
            browser.go("/staff/queue.xhtml");
            browser.find(By.id("j_username"));
            assertThat(browser.accessibilityViolations()).as("login").isEmpty();
        }
    }
}
