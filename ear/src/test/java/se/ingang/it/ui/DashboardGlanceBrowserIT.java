package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The dashboard's first screen in the browser: the tiles fit a 1,280 × 900 screen above everything
 * else without sideways scrolling (nor at 320 px), their state is said in words; a target typed out of
 * range is refused with a sentence and a valid one changes the tile; the breaching list links to the
 * case; a figure's cases are a table that sorts and pages; axe-core finds nothing in Swedish or English. Screenshots (1280 and 320 px, sv and en) go to
 * ear/target/screenshots. Figures: ReportFacts (March 2019) and DashboardFacts.atRiskSet (now).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardGlanceBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(DashboardGlanceBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void aManagerSeesTheTilesFirstSetsATargetAndGoesFromTheBreachingListToTheCase() {
        var workspace = new Workspace(testWar);
        var facts = workspace.reportFacts();
        var risk = workspace.atRiskFacts();
        String manager = workspace.staffMember("MANAGER");
        String week = "/staff/dashboard.xhtml?period=custom&from=2019-03-04&to=2019-03-10&frontOffice=" + facts.get("frontOffice");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(manager);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go(week);
            browser.find(By.id("tiles"));
            assertThat(tileValue(browser, "phone-answerRate")).isEqualTo("40,0 %");
            assertThat(browser.text("tile-firstContactResolution-share")).contains("60,0 %", "Perioden före: inget att jämföra med");
            assertThat(browser.text("tile-backlog")).contains("Nu, oavsett period");
            assertThat(bottomOf(browser, "glance")).as("the tiles above the fold at 1280 × 900").isLessThanOrEqualTo(900);
            assertNoSidewaysScroll(browser, "1280 px");
            assertThat(browser.accessibilityViolations()).as("first screen, Swedish").isEmpty();
            screenshot(browser, "dash-glance-1280-sv");

            assertThat(browser.text("trend-volume-summary")).startsWith("7 ärenden: E-post 3,").contains("Flest 2019-03-07: 2.");
            assertThat(browser.find(By.cssSelector("#trend-volume svg[role=img]")).getAttribute("aria-labelledby"))
                    .isEqualTo("trend-volume-caption trend-volume-summary");
            assertThat(browser.text("trend-sla-summary")).startsWith("5 mål hållna, 5 missade.");
            assertThat(browser.script("return document.querySelectorAll('#trend .charts > figure').length"
                    + " + ':' + document.querySelectorAll('#trend section, #trend figure figure').length;"))
                    .as("two charts side by side, nothing after them inside them").isEqualTo("2:0");
            browser.click(By.cssSelector("#trend-table-details summary"));
            assertThat(browser.text("trend-table")).contains("2019-03-07");
            assertThat(browser.byId("trend-grain-WEEK").getAttribute("href")).contains("grain=week", "from=2019-03-04");
            browser.go(week + "&grain=week");
            assertThat(browser.find(By.cssSelector("#trend-grains strong")).getText()).isEqualTo("vecka");
            browser.click(By.cssSelector("#trend-table-details summary"));
            assertThat(browser.text("trend-table")).contains("vecka 10 (2019-03-04)");
            assertThat(browser.accessibilityViolations()).as("the trends per week").isEmpty();
            screenshot(browser, "dash-trend-1280-sv", "trend");
            browser.go(week);

            browser.type("target-phone-answerRate", "150");
            browser.click("targets:save-targets");
            browser.waitForText(By.id("targets-error"), "Telefon: svarsfrekvens");
            assertThat(browser.text("targets-error")).contains("procent från 0 till 100");
            assertThat(browser.text("tile-phone-answerRate")).doesNotContain("150");

            browser.type("target-phone-answerRate", "50");
            browser.click("targets:save-targets");
            browser.waitForText(By.id("targets-message"), "Målen är sparade");
            assertThat(browser.text("tile-phone-answerRate")).contains("Under målet (50,0 %)");
            assertThat(browser.byId("tile-phone-answerRate").getAttribute("class")).contains("tile-missed");
            assertThat(browser.byId("target-phone-answerRate").getAttribute("value")).isEqualTo("50");
            assertThat(browser.text("period-range")).as("the same period after saving").isEqualTo("2019-03-04 – 2019-03-10");

            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.go(week);
            browser.find(By.id("tiles"));
            assertNoSidewaysScroll(browser, "320 px");
            screenshot(browser, "dash-glance-320-sv", "glance");
            screenshot(browser, "dash-trend-320-sv", "trend");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go("/staff/dashboard.xhtml?period=month&frontOffice=" + risk.get("frontOffice"));
            assertThat(browser.text("breaching")).contains(risk.get("A1"), "Första svar", "Försenad");
            assertThat(browser.text("atRisk")).contains(risk.get("A1"), "Snart");
            assertThat(browser.text("oldest")).contains(risk.get("A1"));
            browser.click("session:lang-en");
            browser.waitForText(By.id("glance-h"), "At a glance");
            assertThat(browser.text("breaching-h")).isEqualTo("Breaching now (1)");
            assertNoSidewaysScroll(browser, "1280 px, English");
            assertThat(browser.accessibilityViolations()).as("the lists, English").isEmpty();
            screenshot(browser, "dash-act-1280-en", "act");
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.go("/staff/dashboard.xhtml?period=month&frontOffice=" + risk.get("frontOffice"));
            assertNoSidewaysScroll(browser, "320 px, the lists in English");
            screenshot(browser, "dash-act-320-en", "act");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            browser.go(week);
            assertThat(browser.text("tile-phone-answerRate")).contains("Below the target (50.0 %)");
            assertThat(bottomOf(browser, "glance")).as("the tiles above the fold, English").isLessThanOrEqualTo(900);
            assertNoSidewaysScroll(browser, "1280 px, English");
            assertThat(browser.accessibilityViolations()).as("first screen, English").isEmpty();
            screenshot(browser, "dash-glance-1280-en");
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.go(week);
            assertNoSidewaysScroll(browser, "320 px, English");
            screenshot(browser, "dash-glance-320-en", "glance");
            screenshot(browser, "dash-targets-320-en", "targets-card");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go("/staff/dashboard.xhtml?period=month&frontOffice=" + risk.get("frontOffice"));
            browser.click(By.cssSelector("#breaching a.risk-case"));
            browser.find(By.id("summary"));
            assertThat(browser.url()).contains("number=" + risk.get("A1"));
        }
    }

    @Test
    void theCasesBehindAFigureAreATableThatSortsAndPages() {
        var workspace = new Workspace(testWar);
        var facts = workspace.reportFacts();
        String manager = workspace.staffMember("MANAGER");
        String drill = "/staff/dashboard.xhtml?period=custom&from=2019-03-04&to=2019-03-10&frontOffice="
                + facts.get("frontOffice") + "&kpi=received&size=5";

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(manager);
            browser.go(drill);
            browser.waitForText(By.id("drill-page"), "Sida 1 av 2 (7 ärenden i tabellen, 7 totalt)");
            assertThat(rows(browser)).hasSize(5);
            assertThat(browser.find(By.cssSelector("#drill-cases thead")).getText())
                    .contains("Ärende", "Ämne", "Kanal", "Kö nu", "Inkom", "Första svar", "Löst", "Kundens mål", "Handläggare");
            assertThat(browser.text("drill-cases")).contains(facts.get("C1"), "Nyckeltal C1", "E-post", "Webbformulär")
                    .doesNotContain("EMAIL", facts.get("C8"));
            assertThat(browser.byId("sort-number").findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("ascending");
            assertThat(browser.accessibilityViolations()).as("the drill-down table").isEmpty();
            screenshot(browser, "dash-drill-1280-sv", "drill");

            browser.click("drill-next");
            browser.waitForText(By.id("drill-page"), "Sida 2 av 2");
            assertThat(rows(browser)).hasSize(2);
            assertThat(browser.text("drill-cases")).contains(facts.get("C6"), facts.get("C8"));

            browser.click("sort-received");
            browser.waitForText(By.id("drill-page"), "Sida 1 av 2");
            assertThat(rows(browser).get(0).getText()).as("received first: Monday 09:00").contains(facts.get("C2"), "2019-03-04 09:00");
            assertThat(browser.byId("sort-received").findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("ascending");
            browser.click("sort-received");
            browser.waitUntil(driver -> rows(browser).get(0).getText().contains(facts.get("C8")));
            assertThat(browser.byId("sort-received").findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("descending");

            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.go(drill);
            browser.find(By.id("drill-cases"));
            assertNoSidewaysScroll(browser, "320 px, the drill-down");
            screenshot(browser, "dash-drill-320-sv", "drill");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.go(drill);
            browser.click("compare-show");
            browser.find(By.id("compare-frontOffices"));
            assertThat(browser.text("compare-frontOffices")).contains("Namn", "Inkomna ärenden", "Dashboard FO");
            assertThat(browser.text("compare-groups")).contains("Dashboard G1", "Dashboard G2");
            assertThat(browser.byId("csort-frontOffices-name").findElement(By.xpath("..")).getAttribute("aria-sort"))
                    .isEqualTo("ascending");
            browser.click("csort-frontOffices-received");
            browser.find(By.id("compare-frontOffices"));
            assertThat(browser.byId("csort-frontOffices-received").findElement(By.xpath("..")).getAttribute("aria-sort"))
                    .isEqualTo("ascending");
            assertNoSidewaysScroll(browser, "1280 px, the comparison");
            assertThat(browser.accessibilityViolations()).as("the comparison").isEmpty();
            screenshot(browser, "dash-compare-1280-sv", "compare");
            browser.driver().manage().window().setSize(new Dimension(320, 900));
            browser.go(drill + "&compare=1");
            assertNoSidewaysScroll(browser, "320 px, the comparison");
            screenshot(browser, "dash-compare-320-sv", "compare");
        }
    }

    private static java.util.List<org.openqa.selenium.WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#drill-cases tbody tr"));
    }

    private static String tileValue(Browser browser, String id) {
        return browser.find(By.cssSelector("#tile-" + id + " .tile-value")).getText().strip();
    }

    private static long bottomOf(Browser browser, String id) {
        return ((Number) browser.script("return Math.ceil(document.getElementById('" + id
                + "').getBoundingClientRect().bottom + window.scrollY);")).longValue();
    }

    private static void assertNoSidewaysScroll(Browser browser, String what) {
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.longValue()).as("sideways scroll at " + what).isLessThanOrEqualTo(0);
    }

    /** The screen with the element at its top. */
    private static void screenshot(Browser browser, String name, String elementId) {
        browser.script("document.getElementById('" + elementId + "').scrollIntoView();");
        screenshot(browser, name);
    }

    private static void screenshot(Browser browser, String name) {
        try {
            var dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            var png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), browser.pageSource()); // what was shown, for a review
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
