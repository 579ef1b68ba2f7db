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
 * The staff workspace in a real browser: the main flow of two people, two people editing one
 * case, a stored script that must never run, and form posts with a forged view state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffWorkspaceIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(StaffWorkspaceIT.class).addClasses(Fixtures.class);
    }

    @Test
    void agentRoutesANewCaseAndAHandlerOfTheGroupClaimsRepliesAndResolvesIt() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study");
        String handler = workspace.staffMember("HANDLER", "examinations");
        String email = Workspace.uniqueEmail();
        String number;

        try (var agentBrowser = Browser.open(); var handlerBrowser = Browser.open()) {
            var agentView = new Pages(agentBrowser).signIn(agent).inbox(email);
            // The case arrives while the inbox is open: the list picks it up without a reload.
            number = workspace.newCase(email, "Omtenta i kemi", "När är omtentan i kemi?", "exams");
            agentView.waitForRow(number);

            agentView.openCase(number);
            agentBrowser.select("triage:type", "SUPPORT");
            agentBrowser.select("triage:routeGroup", "examinations");
            agentBrowser.type("triage:routeNote", "Gäller omtentan i kemi, kurs KE1010.");
            agentBrowser.clickAndWait("triage:route");
            agentBrowser.waitForText(By.id("status"), "Pågår");
            assertThat(agentBrowser.text("queue")).isEqualTo("examinations");

            var handlerView = new Pages(handlerBrowser).signIn(handler).groupQueue("examinations", email);
            handlerView.waitForRow(number);
            handlerView.openCase(number);
            assertThat(handlerBrowser.text("timeline")).contains("Gäller omtentan i kemi, kurs KE1010.");
            handlerBrowser.clickAndWait("assign:claim");
            handlerBrowser.waitForText(By.id("assignee"), handler);
            handlerBrowser.type("reply:text", "Omtentan är den 12 januari kl. 8–13.");
            handlerBrowser.clickAndWait("reply:send");
            handlerBrowser.waitForText(By.id("timeline"), "Omtentan är den 12 januari");
            handlerBrowser.clickAndWait("resolve:resolve");
            handlerBrowser.waitForText(By.id("status"), "Löst");

            agentView.inbox(email);
            assertThat(agentBrowser.text("list:cases")).doesNotContain(number);
        }
        assertThat(workspace.caseState(number)).contains("status=RESOLVED", "assignee=null");
    }

    @Test
    void theSecondOfTwoPeopleEditingOneCaseGetsAConflictWithTheFreshState() {
        var workspace = new Workspace(testWar);
        String first = workspace.staffMember("AGENT", "fo-study");
        // Both may still work the case after the first routes it, so only the version can refuse the second.
        String second = workspace.staffMember("AGENT", "fo-study", "examinations");
        String email = Workspace.uniqueEmail();
        String number = workspace.newCase(email, "Betyg saknas", "Mitt betyg i kursen syns inte.", "exams");

        try (var firstBrowser = Browser.open(); var secondBrowser = Browser.open()) {
            var firstView = new Pages(firstBrowser).signIn(first);
            var secondView = new Pages(secondBrowser).signIn(second);
            firstView.openCaseDirectly(number);
            secondView.openCaseDirectly(number);
            // Each sees that the other has the case open.
            secondBrowser.waitForText(By.id("presence:others"), first);

            firstBrowser.select("triage:routeGroup", "examinations");
            firstBrowser.clickAndWait("triage:route");
            firstBrowser.waitForText(By.id("status"), "Pågår");

            secondBrowser.select("triage:routeGroup", "admissions");
            secondBrowser.type("triage:routeNote", "Skickas till antagningen.");
            secondBrowser.clickAndWait("triage:resolveNow");
            // Resolving needs a reply: fill it and try again, still on the old version.
            secondBrowser.type("triage:firstReply", "Betyget är nu registrerat.");
            secondBrowser.clickAndWait("triage:resolveNow");

            secondBrowser.waitForText(By.id("feedback"), "Någon annan ändrade ärendet samtidigt");
            assertThat(secondBrowser.text("status")).isEqualTo("Pågår");
            assertThat(secondBrowser.text("queue")).isEqualTo("examinations");
        }
        assertThat(workspace.caseState(number)).contains("status=IN_PROGRESS", "queue=examinations");
    }

    /**
     * Issue 18, item 6: of two handlers answering one customer from the same view, the second is
     * refused; their text stays in the form and the page names the colleague's answer, in the
     * person's language (once in Swedish, then in English).
     */
    @Test
    void aReplyWrittenWhileAColleagueAnsweredIsRefusedKeepsItsTextAndShowsTheirAnswer() {
        var workspace = new Workspace(testWar);
        String first = workspace.staffMember("HANDLER", "examinations");
        String second = workspace.staffMember("HANDLER", "examinations");
        String number = workspace.newCase(Workspace.uniqueEmail(), "Intyg", "Jag behöver ett studieintyg.", "exams");
        workspace.route(number, "examinations");

        try (var firstBrowser = Browser.open(); var secondBrowser = Browser.open()) {
            var firstView = new Pages(firstBrowser).signIn(first);
            var secondView = new Pages(secondBrowser).signIn(second);
            for (String language : java.util.List.of("sv", "en")) {
                if (language.equals("en")) {
                    secondBrowser.click(By.cssSelector("[id$='lang-en']"));
                    secondBrowser.waitUntil(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                }
                String theirs = "Intyget skickas i dag (" + language + ").";
                String mine = "Vi skickar intyget i morgon (" + language + ").";
                firstView.openCaseDirectly(number);
                secondView.openCaseDirectly(number);
                firstBrowser.waitForText(By.id("status"), "Pågår");
                secondBrowser.find(By.id("reply:text"));

                firstBrowser.type("reply:text", theirs);
                firstBrowser.clickAndWait("reply:send");
                firstBrowser.waitForText(By.id("timeline"), theirs);
                secondBrowser.type("reply:text", mine);
                secondBrowser.clickAndWait("reply:send");

                secondBrowser.waitForText(By.id("feedback"), language.equals("sv") ? "Någon annan ändrade ärendet samtidigt"
                        : "Someone else changed this case at the same time");
                assertThat(secondBrowser.text("feedback")).contains(language.equals("sv") ? "Skrivet medan du skrev"
                        : "Written while you were typing", first, theirs);
                assertThat(secondBrowser.byId("reply:text").getDomProperty("value")).as("the text is kept").isEqualTo(mine);
                assertThat(secondBrowser.text("timeline")).contains(theirs).doesNotContain(mine);
                assertThat(secondBrowser.accessibilityViolations()).as("case page, conflict").isEmpty();
                Screenshots.take(secondBrowser, "case-conflict-" + language);
            }
        }
        assertThat(workspace.caseState(number)).contains("status=IN_PROGRESS");
    }

    @Test
    void aScriptInASubjectOrMessageIsShownAsTextAndNeverRuns() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study");
        String subject = "<script>window.xssRan='subject';alert('subject')</script>Tentafråga";
        String message = "<img src=x onerror=\"window.xssRan='text';alert('text')\"> Hej!";
        String plain = workspace.newCase(Workspace.uniqueEmail(), subject, message, "exams");
        String html = workspace.newCase(Workspace.uniqueEmail(), "HTML-brev",
                "<html><body><p>Hej</p><script>parent.xssRan='frame';alert('frame')</script>"
                        + "<img src=\"https://tracker.example/pixel.png\" onerror=\"alert('img')\">"
                        + "<a href=\"javascript:alert('link')\">länk</a></body></html>", "exams");

        try (var browser = Browser.open()) {
            var pages = new Pages(browser).signIn(agent);
            pages.openCaseDirectly(plain);
            browser.find(By.id("summary"));
            assertThat(browser.alertPresent()).isFalse();
            assertThat(browser.script("return window.xssRan === undefined")).isEqualTo(true);
            assertThat(browser.text("subject")).isEqualTo(subject);
            assertThat(browser.text("timeline")).contains("<img src=x onerror=");

            pages.openCaseDirectly(html);
            var frame = browser.find(By.cssSelector("iframe.mail-frame"));
            assertThat(frame.getAttribute("sandbox")).isEmpty();
            String document = frame.getAttribute("srcdoc");
            assertThat(document).contains("<p>Hej</p>").doesNotContain("<script", "onerror", "javascript:",
                    "tracker.example");
            assertThat(browser.alertPresent()).isFalse();
            assertThat(browser.script("return window.xssRan === undefined")).isEqualTo(true);
        }
    }

    @Test
    void aFormPostedWithAForgedViewStateIsRefusedAndChangesNothing() {
        var workspace = new Workspace(testWar);
        String agent = workspace.staffMember("AGENT", "fo-study");
        String number = workspace.newCase(Workspace.uniqueEmail(), "Förfalskad post", "Hej", "exams");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(agent).openCaseDirectly(number);
            browser.type("note:text", "Ska aldrig sparas");
            browser.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                    + ".forEach(function (i) { i.value = '1234567890:-987654321'; });");
            browser.click("note:save");
            browser.waitForText(By.id("expired"), "Inget har ändrats");
        }
        assertThat(workspace.caseState(number)).doesNotContain("Ska aldrig sparas");
    }

    @Test
    void aHandlerOutsideTheCasesQueueIsRefusedWith403AndSeesNothingOfIt() {
        var workspace = new Workspace(testWar);
        String outsider = workspace.staffMember("HANDLER", "finance");
        String number = workspace.newCase(Workspace.uniqueEmail(), "Hemligt ämne", "Hemligt meddelande", "exams");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(outsider).openCaseDirectly(number);
            browser.waitForText(By.id("forbidden"), "inte behörighet");
            assertThat(browser.pageSource()).doesNotContain("Hemligt");
            assertThat(browser.statusOf("/staff/case.xhtml?number=" + number)).isEqualTo(403);

            new Pages(browser).inbox("");
            assertThat(browser.text("list:cases")).doesNotContain(number);
        }
    }

    @Test
    void anonymousVisitorsOfStaffPagesGetTheLoginPage() {
        try (var browser = Browser.open()) {
            for (String page : new String[] {"/staff/queue.xhtml", "/staff/case.xhtml?number=2026-000001", "/staff/admin.xhtml"}) {
                browser.go(page);
                browser.find(By.id("j_password"));
                assertThat(browser.pageSource()).doesNotContain("list:cases", "summary");
            }
        }
    }
}
