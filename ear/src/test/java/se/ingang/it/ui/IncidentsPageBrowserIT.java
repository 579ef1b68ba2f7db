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

/** The failed-jobs page: reached from the administration page, accessible (axe-core) in Swedish and English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentsPageBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(IncidentsPageBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void administratorsSeeTheFailedJobsPageWithoutWcagViolations() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR", "fo-study");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            browser.click(By.id("incidents-link"));
            browser.waitForText(By.tagName("h1"), "Misslyckade jobb");
            assertThat(browser.accessibilityViolations()).as("failed jobs, Swedish").isEmpty();

            browser.click("session:lang-en");
            browser.waitForText(By.tagName("h1"), "Failed jobs");
            assertThat(browser.accessibilityViolations()).as("failed jobs, English").isEmpty();
        }
    }
}
