package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/**
 * Issue 16, item 10, in the staff workspace: opening a case page and searching leave an entry
 * each in the audit trail (channel PAGE), which the audit page shows beside the changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataReadsBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(PersonalDataReadsBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void theCasePageAndTheSearchPageAreOnTheAuditPage() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR", "fo-study");
        String word = "lasning" + UUID.randomUUID().toString().substring(0, 8);
        String number = workspace.newCase(Workspace.uniqueEmail(), "Intyg " + word, "Jag behöver ett intyg.", "exams");

        try (var browser = Browser.open()) {
            var pages = new Pages(browser).signIn(administrator);
            pages.openCaseDirectly(number);
            browser.go("/staff/search.xhtml?q=" + word);
            browser.waitForText(By.id("results"), number);

            browser.go("/staff/audit.xhtml?actor=" + administrator);
            browser.waitForText(By.id("audit-rows"), "SEARCHED");
            String rows = browser.text("audit-rows");
            assertThat(rows).contains("CASE " + number, "READ", "SEARCH " + word, "hits", "PAGE");
        }
    }
}
