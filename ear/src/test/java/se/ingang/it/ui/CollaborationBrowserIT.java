package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.openqa.selenium.support.ui.Select;
import se.ingang.it.ItDeployment;
import se.ingang.itsupport.browser.Browser;

/**
 * The collaboration tools on the staff pages in a real browser: canned answers inserted into a
 * reply, @-mentions in internal notes, and the case search, which finds only what the searcher may open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CollaborationBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(CollaborationBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void aCannedAnswerRenderedForTheCaseGoesIntoTheReplyAndIsSent() {
        var workspace = new Workspace(testWar);
        // Works the case in both groups, so one person can route it and then answer it.
        String agent = workspace.staffMember("AGENT", "fo-study", "examinations");
        String email = Workspace.uniqueEmail();
        String number = workspace.newCase(email, "Anmälan till omtenta", "Hur anmäler jag mig till omtentan?", "exams");
        String word = uniqueWord();
        workspace.cannedAnswer("Omtenta " + word, "Hej {customerName}! Du anmäler dig till omtentan i Ladok ("
                + word + ").", "sv");

        try (var browser = Browser.open()) {
            var pages = new Pages(browser).signIn(agent);
            pages.openCaseDirectly(number);
            browser.select("triage:routeGroup", "examinations");
            browser.clickAndWait("triage:route");
            browser.waitForText(By.id("status"), "Pågår");
            browser.clickAndWait("assign:claim");
            browser.waitForText(By.id("assignee"), agent);

            browser.type("reply:text", "Tack för frågan.");
            browser.type("reply:cannedQuery", word);
            browser.clickAndWait("reply:cannedSearch");
            browser.find(By.id("reply:cannedChoice"));
            assertThat(browser.accessibilityViolations()).as("case view with canned answers found").isEmpty();
            browser.clickAndWait("reply:cannedInsert");
            browser.waitUntil(d -> d.findElement(By.id("reply:text")).getDomProperty("value").contains("Ladok"));
            assertThat(browser.byId("reply:text").getDomProperty("value"))
                    .startsWith("Tack för frågan.")
                    .contains("Hej Kim Kund! Du anmäler dig till omtentan i Ladok");

            browser.clickAndWait("reply:send");
            browser.waitForText(By.id("timeline"), "Hej Kim Kund! Du anmäler dig till omtentan i Ladok");
        }
    }

    @Test
    void theConsultedGroupAnswersInItsOwnListAndTheAnswerReturnsToTheCase() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study", "examinations");
        // Works only in finance: answers from the group's list without being able to work the case.
        String financier = workspace.staffMember("HANDLER", "finance");
        String number = workspace.newCase(Workspace.uniqueEmail(), "Återbetalning av avgift", "Får jag tillbaka avgiften?", "exams");
        String question = "Har studenten betalat terminsavgiften? " + uniqueWord();
        String answer = "Ja, betald den 3 september. " + uniqueWord();

        try (var agentBrowser = Browser.open(); var financeBrowser = Browser.open()) {
            new Pages(agentBrowser).signIn(agent).openCaseDirectly(number);
            agentBrowser.select("consult:group", "finance");
            agentBrowser.type("consult:question", question);
            agentBrowser.clickAndWait("consult:ask");
            agentBrowser.waitForText(By.id("consultations"), "Väntar på svar");
            assertThat(agentBrowser.text("timeline")).contains(question);
            assertThat(agentBrowser.accessibilityViolations()).as("case view with an open consultation").isEmpty();

            new Pages(financeBrowser).signIn(financier);
            financeBrowser.go("/staff/consultations.xhtml");
            String section = "//section[.//h2[contains(., '" + number + "')]]";
            financeBrowser.waitForText(By.xpath(section), question);
            assertThat(financeBrowser.accessibilityViolations()).as("questions to my groups").isEmpty();
            var field = financeBrowser.find(By.xpath(section + "//textarea"));
            field.sendKeys(answer);
            financeBrowser.click(By.xpath(section + "//button"));
            financeBrowser.waitForAjax();
            financeBrowser.waitForText(By.id("messages"), "svaret är skickat");
            assertThat(financeBrowser.text("questions")).doesNotContain(number);

            new Pages(agentBrowser).openCaseDirectly(number);
            agentBrowser.waitForText(By.id("timeline"), answer);
            assertThat(agentBrowser.text("consultations")).contains("Besvarad", answer);
        }
    }

    @Test
    void aNoteWithAMentionOfNobodyIsSavedWithAWarning() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study");
        String number = workspace.newCase(Workspace.uniqueEmail(), "Anteckning", "Ett meddelande.", "exams");
        String nobody = "ingen" + uniqueWord();

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent).openCaseDirectly(number);
            browser.type("note:text", "Fråga @" + nobody + " om detta.");
            browser.clickAndWait("note:save");
            browser.waitForText(By.id("messages"), "matchar ingen kollega eller grupp: " + nobody);
            assertThat(browser.byId("messages").findElements(By.className("message-warn"))).isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("case view with a warning").isEmpty();
        }
        assertThat(workspace.caseState(number)).contains("note=Fråga @" + nobody + " om detta.");
    }

    @Test
    void searchFindsTheCaseForSomeoneWhoMayOpenItAndNotForOthers() {
        var workspace = new Workspace(testWar);
        String insider = workspace.staffMember("AGENT", "fo-study");
        String outsider = workspace.staffMember("HANDLER", "examinations");
        String word = uniqueWord();
        String number = workspace.newCase(Workspace.uniqueEmail(), "Fråga om " + word, "Var hittar jag schemat?", "exams");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(insider);
            browser.type("header-q", word);
            browser.click("header-search-submit");
            browser.waitForText(By.id("results"), number);
            assertThat(browser.accessibilityViolations()).as("search results").isEmpty();
            browser.click(By.linkText(number));
            browser.waitForText(By.id("subject"), "Fråga om " + word);
        }
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(outsider);
            browser.go("/staff/search.xhtml?q=" + word);
            browser.waitForText(By.id("search-status"), "Inga ärenden hittades.");
            assertThat(browser.text("results")).doesNotContain(number);
            assertThat(browser.accessibilityViolations()).as("search without hits").isEmpty();
        }
    }

    @Test
    void anUploadedCallLogShowsItsReportRowByRow() throws IOException {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR", "fo-it");
        String word = uniqueWord();
        Path csv = Files.createTempFile("call-log-", ".csv");
        Files.writeString(csv, """
                call_id;start_time;caller;called_number;queue;result;wait_seconds;duration_seconds;agent
                bad-time-%1$s;5 oktober kl 9;070-1234567;;fo-it;missed;10;0;
                ;2026-10-05 09:08:00;070-1234567;;fo-it;missed;10;0;
                """.formatted(word));
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/phone.xhtml");
            browser.byId("upload:file").sendKeys(csv.toAbsolutePath().toString());
            browser.click("upload:send");
            browser.waitForText(By.id("report-rows"), "2");
            assertThat(browser.text("report-rejected")).isEqualTo("2");
            assertThat(browser.text("problems")).contains("bad-time-" + word, "start_time", "call_id");
            assertThat(browser.accessibilityViolations()).as("phone page with an import report").isEmpty();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void anAgentRegistersAWalkInVisitAndResolvesItInOneStep() {
        var workspace = new Workspace(testWar);
        // In every front office, so whichever the topic belongs to is one the agent works in.
        String agent = workspace.staffMember("AGENT", "fo-study", "fo-it", "fo-premises", "fo-registry");
        String word = uniqueWord();
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent);
            browser.go("/staff/phone.xhtml");
            assertThat(browser.text("import")).contains("Bara administratörer");
            browser.select("contact:channel", "VISIT");
            browser.type("contact:name", "Vera Besök");
            browser.type("contact:email", word + "@example.se");
            new Select(browser.byId("contact:topic")).selectByIndex(1);
            browser.type("contact:note", "Frågade om tentamensschemat " + word);
            browser.click(By.cssSelector("input[name='contact:outcome'][value='RESOLVE']"));
            browser.type("contact:answer", "Schemat finns i TimeEdit.");
            browser.click("contact:register");
            browser.waitForText(By.id("messages"), "Registrerat som ärende");
            assertThat(browser.accessibilityViolations()).as("phone page after registering").isEmpty();
            browser.click("registered");
            browser.waitForText(By.id("status"), "Löst");
            assertThat(browser.text("timeline")).contains("Schemat finns i TimeEdit.");
        }
    }

    /** A word no other test uses, so searches find only this test's data. */
    private static String uniqueWord() {
        var letters = new StringBuilder("ord");
        UUID.randomUUID().toString().replace("-", "").chars().limit(12)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }
}
