package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import se.ingang.it.ItDeployment;
import se.ingang.itsupport.browser.Browser;

/**
 * Issue 14: the workspace people live in all day. Each role arrives at its own start page in the
 * language of the login page; the choice follows the person to another browser; every staff page
 * fits 1280 and 320 px without sideways scrolling and shows no "???key???"; the header's controls
 * and the focus outline can be seen (contrast computed from the browser's styles); a missing page
 * is a translated page in the frame.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceFrameBrowserIT {

    private static final int[] WIDTHS = {1280, 320};

    /** Pages every member of staff may open. */
    private static final List<String> STAFF_PAGES = List.of("/staff/queue.xhtml", "/staff/groups.xhtml",
            "/staff/mine.xhtml", "/staff/consultations.xhtml", "/staff/phone.xhtml", "/staff/registry.xhtml",
            "/staff/organisations.xhtml", "/staff/search.xhtml?q=kurs", "/staff/forbidden.xhtml");

    /** Pages for managers and administrators (administrators may also change what they show). */
    private static final List<String> OVERSIGHT_PAGES = List.of("/staff/dashboard.xhtml", "/staff/admin.xhtml",
            "/staff/mailboxes.xhtml", "/staff/routing.xhtml", "/staff/incidents.xhtml", "/staff/audit.xhtml",
            "/staff/admin-queue.xhtml?code=fo-study", "/staff/admin-topic.xhtml", "/staff/admin-mailbox.xhtml");

    /** The relative luminance contrast of two CSS colours, and helpers to find what a colour sits on. */
    private static final String CONTRAST_JS = """
            function rgb(c) { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(',').map(x => parseFloat(x)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; }
            function lum(c) { return [c.r, c.g, c.b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
              .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
            function ratio(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            function background(el) { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
              if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; }
            """;

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(WorkspaceFrameBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void eachRoleArrivesAtItsStartPageInTheLoginPagesLanguage() {
        var workspace = new Workspace(testWar);
        var expected = Map.of("AGENT", "/staff/queue.xhtml", "HANDLER", "/staff/groups.xhtml",
                "MANAGER", "/staff/dashboard.xhtml", "ADMINISTRATOR", "/staff/admin.xhtml");
        for (var role : expected.entrySet()) {
            for (String language : List.of("sv", "en")) {
                String user = workspace.staffMember(role.getKey(), "fo-study", "examinations");
                try (var browser = Browser.open()) {
                    signInOnLoginPage(browser, user, language);
                    assertThat(browser.url()).as(role.getKey() + " on the " + language + " login page lands on")
                            .endsWith(role.getValue());
                    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as(role.getKey() + " " + language)
                            .isEqualTo(language);
                    assertThat(browser.pageSource()).doesNotContain("Ärenden (JSON)").doesNotContain("???");
                }
            }
        }
    }

    @Test
    void theLanguageAPersonChoseFollowsThemToAnotherBrowser() {
        var workspace = new Workspace(testWar);
        String chosenOnLoginPage = workspace.staffMember("AGENT", "fo-study");
        try (var browser = Browser.open()) {
            signInOnLoginPage(browser, chosenOnLoginPage, "en");
        }
        String switchedInHeader = workspace.staffMember("AGENT", "fo-study");
        try (var browser = Browser.open()) {
            signInOnLoginPage(browser, switchedInHeader, "sv");
            browser.click("session:lang-en");
            browser.waitForText(By.tagName("h1"), "Inbox");
        }
        for (String user : List.of(chosenOnLoginPage, switchedInHeader)) {
            try (var browser = Browser.open()) { // a new browser: no cookie, Accept-Language Swedish
                browser.go("/login");
                assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
                signIn(browser, user);
                assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as(user + "'s kept language").isEqualTo("en");
            }
        }
        String neverChose = workspace.staffMember("AGENT", "fo-study");
        try (var browser = Browser.openIn("en")) {
            browser.go("/login");
            signIn(browser, neverChose);
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as("the browser's language").isEqualTo("en");
        }
    }

    @Test
    void everyStaffPageFitsTheScreenAndShowsNoMissingText() {
        var workspace = new Workspace(testWar);
        var problems = new ArrayList<String>();
        var roles = List.of(List.of("AGENT", "sv"), List.of("HANDLER", "en"), List.of("MANAGER", "sv"),
                List.of("ADMINISTRATOR", "en"), List.of("ADMINISTRATOR", "sv"));
        for (var roleAndLanguage : roles) {
            String role = roleAndLanguage.get(0);
            String user = workspace.staffMember(role, "fo-study", "examinations");
            try (var browser = Browser.open()) {
                signInOnLoginPage(browser, user, roleAndLanguage.get(1));
                var pages = new ArrayList<>(STAFF_PAGES);
                if (role.equals("MANAGER") || role.equals("ADMINISTRATOR")) {
                    pages.addAll(OVERSIGHT_PAGES);
                }
                if (role.equals("ADMINISTRATOR")) {
                    pages.add("/staff/admin-user.xhtml?username=" + user);
                }
                for (String page : pages) {
                    browser.go(page);
                    browser.find(By.tagName("h1"));
                    checkPage(browser, role + " " + roleAndLanguage.get(1) + " " + page, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCasePageFormsFitTheirCards() {
        var workspace = new Workspace(testWar);
        String email = Workspace.uniqueEmail();
        String number = workspace.newCase(email, "Ett ämne som är ganska långt för att se hur rubriken bryts på en smal skärm",
                "Hej!\nJag undrar över min tentamen i kursen Grundläggande programmering, som jag skrev i oktober.", "exams");
        String agent = workspace.staffMember("AGENT", "fo-study");
        String handler = workspace.staffMember("HANDLER", "examinations");
        var problems = new ArrayList<String>();
        try (var browser = Browser.open()) {
            signInOnLoginPage(browser, agent, "sv");
            new Pages(browser).openCaseDirectly(number);
            browser.find(By.id("triage"));
            browser.find(By.id("consult"));
            checkPage(browser, "case, triage (agent)", problems);
            shoot(browser, "case-sv");
            browser.viewport(1280, 900);
            new Pages(browser).inbox(email).waitForRow(number);
            shoot(browser, "queue-sv");
            browser.viewport(1280, 900);
            new Pages(browser).openCase(number);
            browser.select("triage:routeGroup", "examinations");
            browser.clickAndWait("triage:route");
            browser.waitUntil(d -> workspace.caseState(number).contains("status=IN_PROGRESS") ? true : null);
        }
        try (var browser = Browser.open()) {
            signInOnLoginPage(browser, handler, "en");
            new Pages(browser).openCaseDirectly(number);
            browser.find(By.id("transfer"));
            browser.find(By.id("consult"));
            checkPage(browser, "case, transfer and consult (handler)", problems);
            shoot(browser, "case-en");
            browser.viewport(1280, 900);
            new Pages(browser).groupQueue("examinations", email).waitForRow(number);
            shoot(browser, "queue-en");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHeaderControlsAndTheFocusCanBeSeen() {
        String agent = new Workspace(testWar).staffMember("AGENT", "fo-study");
        try (var browser = Browser.open()) {
            signInOnLoginPage(browser, agent, "sv");
            browser.find(By.id("filters:email"));
            for (String id : List.of("session:lang-sv", "session:lang-en", "session:logout", "nav-queue")) {
                Number contrast = (Number) browser.script(CONTRAST_JS + "const e = document.getElementById('" + id + "');"
                        + "return ratio(rgb(getComputedStyle(e).color), background(e));");
                assertThat(contrast.doubleValue()).as("text contrast of " + id).isGreaterThanOrEqualTo(4.5);
            }
            // A field focused by keyboard, then the button after it (Tab): each shows an outline of >= 3:1
            // against what it sits on, at least 2 px wide.
            browser.script("document.getElementById('filters:email').focus();");
            assertFocusVisible(browser, "the e-mail filter field");
            browser.byId("filters:email").sendKeys(Keys.TAB);
            String buttonFocused = (String) browser.script("return document.activeElement.tagName + '#' + document.activeElement.id;");
            assertFocusVisible(browser, "the control after it: " + buttonFocused);
            browser.byId("header-q").click();
            browser.byId("header-q").sendKeys(Keys.TAB);
            assertFocusVisible(browser, "the header's search button");
        }
    }

    @Test
    void aMissingPageIsATranslatedPageInTheFrame() {
        String agent = new Workspace(testWar).staffMember("AGENT", "fo-study");
        for (String language : List.of("sv", "en")) {
            try (var browser = Browser.open()) {
                signInOnLoginPage(browser, agent, language);
                for (String missing : List.of("/staff/no-such-page.xhtml", "/no-such-place")) {
                    browser.go(missing);
                    assertThat(browser.find(By.tagName("h1")).getText()).as(missing)
                            .isEqualTo(language.equals("sv") ? "Sidan finns inte" : "Page not found");
                    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                    assertThat(browser.find(By.id("current-user")).getText()).as("in the workspace's frame").isNotBlank();
                    assertThat(browser.find(By.id("way-back")).getAttribute("href")).endsWith("/");
                    assertThat(browser.pageSource()).doesNotContain("Not Found").doesNotContain("???")
                            .doesNotContain("java.lang.").doesNotContain("Undertow");
                    assertThat(browser.statusOf(missing)).isEqualTo(404);
                }
                for (int width : WIDTHS) {
                    browser.viewport(width, 900);
                    browser.go("/staff/no-such-page.xhtml");
                    browser.find(By.id("way-back"));
                    browser.screenshot("ws-404-" + language + "-" + width);
                }
            }
        }
        try (var browser = Browser.open()) { // not logged in: a public address
            browser.go("/public/no-such-page.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
            assertThat(browser.find(By.id("way-back")).getAttribute("href")).contains("/public/form.xhtml");
            assertThat(browser.driver().findElements(By.id("nav-queue"))).as("no workspace menu for a visitor").isEmpty();
        }
        for (String language : List.of("sv", "en")) {
            try (var browser = Browser.open()) {
                for (int width : WIDTHS) {
                    browser.viewport(width, 900);
                    browser.go("/login?lang=" + language);
                    browser.find(By.id("j_username"));
                    browser.screenshot("ws-login-" + language + "-" + width);
                }
            }
        }
    }

    private static void assertFocusVisible(Browser browser, String what) {
        @SuppressWarnings("unchecked")
        var outline = (Map<String, Object>) browser.script(CONTRAST_JS + """
                const e = document.activeElement; const s = getComputedStyle(e);
                const colour = rgb(s.outlineColor);
                return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: e.matches(':focus-visible'),
                        contrast: colour ? ratio(colour, background(e.parentElement)) : 0, shadow: s.boxShadow};
                """);
        assertThat(outline.get("style")).as(what + ": outline style (" + outline + ")").isNotEqualTo("none");
        assertThat(((Number) outline.get("width")).doubleValue()).as(what + ": outline width").isGreaterThanOrEqualTo(2);
        assertThat(((Number) outline.get("contrast")).doubleValue()).as(what + ": outline contrast").isGreaterThanOrEqualTo(3);
    }

    /** At each width: no sideways scroll of the document (and which elements stick out), no "???". */
    private static void checkPage(Browser browser, String what, List<String> problems) {
        for (int width : WIDTHS) {
            browser.viewport(width, 900);
            @SuppressWarnings("unchecked")
            var fit = (Map<String, Object>) browser.script("""
                    const d = document.documentElement, limit = d.clientWidth;
                    const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1
                        && !e.closest('.ui-datatable-tablewrapper, .table-scroll, .skip-link'))
                        .slice(0, 4).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                    return {scroll: d.scrollWidth, client: limit, wide: wide.join(' | '), missing: document.body.innerText.includes('???')};
                    """);
            if (((Number) fit.get("scroll")).intValue() > ((Number) fit.get("client")).intValue()) {
                problems.add(what + " at " + width + " px: " + fit.get("scroll") + " px wide; " + fit.get("wide"));
            }
            if (Boolean.TRUE.equals(fit.get("missing"))) {
                problems.add(what + " at " + width + " px shows ???");
            }
        }
        browser.viewport(1280, 900);
    }

    private static void shoot(Browser browser, String name) {
        for (int width : WIDTHS) {
            browser.viewport(width, 900);
            browser.screenshot("ws-" + name + "-" + width);
        }
    }

    /** Opens the login page in one language (as a person choosing it would) and logs in there. */
    private static void signInOnLoginPage(Browser browser, String user, String language) {
        browser.go("/login?lang=" + language);
        signIn(browser, user);
    }

    private static void signIn(Browser browser, String user) {
        browser.type("j_username", user);
        browser.type("j_password", Pages.PASSWORD);
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.find(By.id("current-user"));
    }
}
