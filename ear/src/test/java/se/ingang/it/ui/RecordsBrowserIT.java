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
 * The registry card and audit trail on the case view, the registry, organisations and audit
 * pages: a case is registered with the button and shows up in the registry; an organisation is
 * added; no WCAG 2.1 A/AA violations, in Swedish and English; the audit page is for administrators.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordsBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(RecordsBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void registerACaseAndFindItInTheRegistryWithAccessiblePages() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR", "fo-study");
        String email = Workspace.uniqueEmail();
        String number = workspace.newCase(email, "Överklagande av beslut", "Jag vill överklaga.", "exams");
        String matter = "Överklagande " + UUID.randomUUID().toString().substring(0, 6);

        try (var browser = Browser.open()) {
            var pages = new Pages(browser).signIn(administrator);
            pages.openCaseDirectly(number);
            browser.find(By.id("registry-card"));
            assertThat(browser.text("audit-trail")).contains("REGISTERED");
            browser.type("register:title", matter);
            browser.clickAndWait("register:registerCase");
            browser.waitForText(By.id("registration"), "KT ");
            assertThat(browser.text("audit-trail")).contains("REGISTERED_IN_REGISTRY");
            assertThat(browser.accessibilityViolations()).as("case view with registry card").isEmpty();

            browser.go("/staff/registry.xhtml?q=" + matter.substring(13));
            browser.waitForText(By.id("registry-rows"), number);
            assertThat(browser.text("registry-rows")).contains(matter);
            assertThat(browser.accessibilityViolations()).as("registry").isEmpty();

            browser.go("/staff/organisations.xhtml");
            String name = "Partneruniversitetet " + UUID.randomUUID().toString().substring(0, 6);
            browser.type("newOrg:name", name);
            browser.select("newOrg:kind", "PARTNER_UNIVERSITY");
            browser.type("newOrg:owner", administrator);
            browser.clickAndWait("newOrg:create");
            browser.waitForText(By.id("orgs"), name);
            assertThat(browser.accessibilityViolations()).as("organisations").isEmpty();
            browser.click(By.linkText(name));
            browser.waitForText(By.id("org-detail"), name);
            assertThat(browser.accessibilityViolations()).as("an organisation").isEmpty();

            browser.go("/staff/audit.xhtml?entity=CASE&id=" + number);
            browser.waitForText(By.id("audit-rows"), "REGISTERED_IN_REGISTRY");
            assertThat(browser.accessibilityViolations()).as("audit trail").isEmpty();

            browser.click("session:lang-en");
            browser.waitForText(By.tagName("h1"), "Audit trail");
            assertThat(browser.accessibilityViolations()).as("audit trail in English").isEmpty();
            browser.go("/staff/registry.xhtml");
            browser.waitForText(By.tagName("h1"), "Registry");
            assertThat(browser.accessibilityViolations()).as("registry in English").isEmpty();
            browser.go("/staff/organisations.xhtml");
            browser.waitForText(By.tagName("h1"), "Organisations");
            assertThat(browser.accessibilityViolations()).as("organisations in English").isEmpty();
        }
    }

    @Test
    void theAuditPageIsForAdministratorsOnly() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study");
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent);
            browser.go("/staff/registry.xhtml");
            assertThat(browser.driver().findElements(By.id("nav-audit"))).isEmpty();
            assertThat(browser.statusOf("/staff/audit.xhtml")).isEqualTo(403);
        }
    }
}
