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

/**
 * The managers' dashboard in the browser: reached from the menu, the period and a filter changed
 * in its form, the weekly mail subscribed with them, a figure drilled down to its cases and on to
 * a case; axe-core finds nothing in
 * Swedish or English. Others get 403 and no menu entry. Figures: ReportFacts (March 2019).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(DashboardBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void aManagerChangesPeriodAndFilterAndDrillsDownToTheCases() {
        var workspace = new Workspace(testWar);
        var facts = workspace.reportFacts();
        String manager = workspace.staffMember("MANAGER");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(manager);
            browser.click("nav-dashboard");
            browser.find(By.id("kpis"));
            assertThat(browser.accessibilityViolations()).as("dashboard, this month").isEmpty();

            browser.select("f-period", "custom");
            browser.script("document.getElementById('f-from').value = '2019-03-04';"
                    + "document.getElementById('f-to').value = '2019-03-10';");
            browser.select("f-frontOffice", facts.get("frontOffice"));
            browser.click("f-show");
            browser.waitForText(By.id("period-range"), "2019-03-04 – 2019-03-10");
            assertThat(value(browser, "received")).isEqualTo("7");
            assertThat(value(browser, "firstContactResolution-share")).isEqualTo("60,0 % (3 / 5)");
            assertThat(browser.text("table-legs")).contains("Väntar på kunden", "16:00 h");

            browser.select("f-channel", "EMAIL");
            browser.click("f-show");
            browser.waitUntil(driver -> "3".equals(value(browser, "received")));
            assertThat(browser.byId("f-channel").getAttribute("value")).isEqualTo("EMAIL");

            browser.click("subscription:subscribe");
            browser.waitForText(By.id("subscription-message"), "Prenumerationen är sparad");
            assertThat(browser.text("subscription-status")).contains(manager + "@example.edu");
            assertThat(value(browser, "received")).as("the same filters after subscribing").isEqualTo("3");

            browser.click(By.cssSelector("#kpi-received a"));
            browser.waitForText(By.id("drill-total"), "3");
            assertThat(browser.text("drill-cases")).contains(facts.get("C1"), facts.get("C3"), facts.get("C8"))
                    .doesNotContain(facts.get("C2"), facts.get("C7"));
            assertThat(browser.find(By.id("drill-csv")).getAttribute("href"))
                    .contains("/api/reports/drilldown.csv?", "kpi=received", "channel=EMAIL", "from=2019-03-04");
            assertThat(browser.accessibilityViolations()).as("dashboard with a drill-down").isEmpty();

            browser.click(By.linkText(facts.get("C3")));
            browser.find(By.id("summary"));
            assertThat(browser.url()).contains("number=" + facts.get("C3"));

            browser.go("/staff/dashboard.xhtml?period=custom&from=2019-03-04&to=2019-03-10&frontOffice="
                    + facts.get("frontOffice") + "&kpi=backlog&key=" + facts.get("frontOffice") + "&bucket=11%2B");
            browser.click("session:lang-en");
            browser.waitForText(By.id("drill-h"), "Cases behind");
            assertThat(browser.text("drill-total")).contains("3 cases");
            assertThat(browser.text("kpis")).contains("First-contact resolution");
            assertThat(browser.accessibilityViolations()).as("dashboard in English").isEmpty();
        }
    }

    private static String value(Browser browser, String kpi) {
        return browser.find(By.cssSelector("#kpi-" + kpi + " .kpi-value")).getText().strip();
    }

    @Test
    void othersGetForbiddenAndNoMenuEntry() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent);
            assertThat(browser.driver().findElements(By.id("nav-dashboard"))).isEmpty();
            assertThat(browser.statusOf("/staff/dashboard.xhtml")).isEqualTo(403);
        }
    }
}
