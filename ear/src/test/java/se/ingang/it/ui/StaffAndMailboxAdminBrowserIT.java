package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.ingang.it.Api;
import se.ingang.it.ItDeployment;
import se.ingang.itsupport.browser.Browser;

/**
 * Administration of existing users (details, roles, queues, disable, new password), of
 * mailboxes (list with how they are read, create, change, disable), and the rule that the
 * last active administrator can be neither disabled nor demoted — in the API (409) and the UI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAndMailboxAdminBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(StaffAndMailboxAdminBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void anAdministratorChangesAUsersDetailsRolesAndQueuesDisablesThemAndSetsANewPassword() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String user = workspace.staffMember("AGENT", "fo-study");
        String queue = workspace.newQueue();

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin-user.xhtml?username=" + user);
            assertThat(browser.accessibilityViolations()).as("user page").isEmpty();
            browser.type("user:name", "Ulla Ändrad");
            browser.type("user:email", user + "@example.se");
            browser.click(By.cssSelector("input[name='user:roles'][value='HANDLER']"));
            browser.click(By.cssSelector("input[name='user:queues'][value='" + queue + "']"));
            browser.click("user:save");
            browser.waitForText(By.id("messages"), "Användaren " + user + " är sparad");
            assertThat(browser.text("users")).contains("Ulla Ändrad", "HANDLER", queue);

            browser.go("/staff/admin-user.xhtml?username=" + user);
            browser.type("password:newPassword", "kort");
            browser.click("password:setPassword");
            browser.waitForText(By.id("password:newPassword-error"), "minst 10 tecken");
            assertThat(browser.accessibilityViolations()).as("user page, error").isEmpty();
            browser.type("password:newPassword", "ett-nytt-losen-2026");
            browser.click("password:setPassword");
            browser.waitForText(By.id("messages"), "Lösenordet för " + user + " är bytt");
            assertThat(browser.pageSource()).doesNotContain("ett-nytt-losen-2026");
        }
        try (var browser = Browser.open()) {
            new Pages(browser).signIn(user, "ett-nytt-losen-2026");
            assertThat(browser.text("current-user")).contains("Ulla Ändrad");
        }
        var api = Api.as(administrator, Pages.PASSWORD);
        var shown = api.get("/api/staff/" + user).json();
        assertThat(shown.getString("email")).isEqualTo(user + "@example.se");
        assertThat(shown.getJsonArray("roles").toString()).contains("AGENT", "HANDLER");

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin-user.xhtml?username=" + user);
            browser.click(By.id("user:active"));
            browser.click("user:save");
            browser.waitForText(By.id("messages"), "är sparad");
        }
        assertThat(api.get("/api/staff/" + user).json().getBoolean("active")).isFalse();
        assertThat(Api.as(user, "ett-nytt-losen-2026").get("/api/me").status()).as("a disabled user cannot log in").isEqualTo(401);
    }

    @Test
    void theLastActiveAdministratorCanNeitherBeDisabledNorDemoted() {
        var workspace = new Workspace(testWar);
        String last = workspace.staffMember("ADMINISTRATOR");
        var api = Api.as(last, Pages.PASSWORD);
        // Make this administrator the last active one for the duration of the test, and restore the others after.
        var others = new ArrayList<String>();
        for (var u : array(api.get("/api/staff"))) {
            if (!u.getString("username").equals(last) && u.getBoolean("active")
                    && u.getJsonArray("roles").toString().contains("ADMINISTRATOR")) {
                others.add(u.getString("username"));
            }
        }
        try {
            for (String other : others) {
                var disabled = api.put("/api/staff/" + other + "/active", Json.createObjectBuilder().add("active", false).build());
                assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
            }
            var selfDisable = api.put("/api/staff/" + last + "/active", Json.createObjectBuilder().add("active", false).build());
            assertThat(selfDisable.status()).isEqualTo(409);
            assertThat(selfDisable.body()).contains("last active administrator");
            var demote = api.put("/api/staff/" + last + "/roles", Json.createObjectBuilder()
                    .add("roles", Json.createArrayBuilder().add("MANAGER")).build());
            assertThat(demote.status()).isEqualTo(409);
            assertThat(demote.body()).contains("last active administrator");

            try (var browser = Browser.open()) {
                new Pages(browser).signIn(last);
                browser.go("/staff/admin-user.xhtml?username=" + last);
                browser.click(By.cssSelector("input[name='user:roles'][value='ADMINISTRATOR']"));
                browser.click("user:save");
                browser.waitForText(By.id("messages"), "sista aktiva administratören");
                assertThat(browser.accessibilityViolations()).as("user page, last administrator").isEmpty();
            }
            assertThat(api.get("/api/staff/" + last).json().getJsonArray("roles").toString()).contains("ADMINISTRATOR");
        } finally {
            for (String other : others) {
                api.put("/api/staff/" + other + "/active", Json.createObjectBuilder().add("active", true).build());
            }
        }
        assertThat(api.put("/api/staff/" + last + "/active", Json.createObjectBuilder().add("active", false).build()).status())
                .as("with the others back, this one may go").isEqualTo(200);
    }

    @Test
    void anAdministratorCreatesChangesAndDisablesAMailboxAndSeesHowItIsRead() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String name = "ui-" + UUID.randomUUID().toString().substring(0, 8);

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            browser.click("mailboxes-link");
            browser.find(By.id("mailboxes"));
            assertThat(browser.accessibilityViolations()).as("mailboxes").isEmpty();
            browser.click("new-mailbox");
            browser.type("mailbox:name", name);
            browser.type("mailbox:address", name + "@ingang.test");
            browser.type("mailbox:host", "imap.example.edu");
            browser.type("mailbox:username", name);
            browser.type("mailbox:secretName", "hemligt lösenord!");
            browser.select("mailbox:frontOffice", "fo-registry");
            browser.click("mailbox:save");
            browser.waitForText(By.id("messages"), "Formuläret innehåller fel");
            assertThat(browser.text("mailbox-settings")).contains("inte lösenordet");
            assertThat(browser.accessibilityViolations()).as("new mailbox, error").isEmpty();

            // A real variable's name, but not a mailbox's: refused, saying which names are read.
            browser.type("mailbox:secretName", "INGANG_DB_PASSWORD");
            browser.click("mailbox:save");
            browser.waitForText(By.id("mailbox-settings"), "börjar med INGANG_MAILBOX_");

            browser.type("mailbox:secretName", "INGANG_MAILBOX_UI_TEST");
            browser.type("mailbox:pollSeconds", "120");
            browser.click("mailbox:save");
            browser.waitForText(By.id("messages"), "E-postlådan " + name + " är sparad");
            assertThat(browser.text("mailboxes")).contains(name, "imap.example.edu:993", "fo-registry", "Var 120:e sekund");

            browser.click(By.xpath("//tr[td[contains(., '" + name + "')]]//a[contains(@id, 'edit-mailbox')]"));
            assertThat(browser.accessibilityViolations()).as("change mailbox").isEmpty();
            browser.click(By.id("mailbox:enabled"));
            browser.click("mailbox:save");
            browser.waitForText(By.id("messages"), "är sparad");
            assertThat(browser.find(By.xpath("//tr[td[contains(., '" + name + "')]]")).getText()).contains("Avstängd");
        }
        var api = Api.as(administrator, Pages.PASSWORD);
        var stored = array(api.get("/api/mailboxes")).stream()
                .filter(m -> m.getString("name").equals(name)).toList();
        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.getBoolean("enabled")).isFalse();
            assertThat(m.getInt("pollSeconds")).isEqualTo(120);
            assertThat(m.getString("secretName")).isEqualTo("INGANG_MAILBOX_UI_TEST");
        });
    }

    @Test
    void anAdministratorCreatesAndRenamesATopicAndAManagerMayNot() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String manager = workspace.staffMember("MANAGER");
        String code = "ui-" + UUID.randomUUID().toString().substring(0, 8);

        try (var browser = Browser.open()) {
            new Pages(browser).signIn(administrator);
            browser.go("/staff/admin.xhtml");
            browser.click("new-topic");
            assertThat(browser.accessibilityViolations()).as("new topic").isEmpty();
            browser.type("topic:code", code);
            browser.type("topic:name", "Bibliotekskort / Library card");
            browser.select("topic:frontOffice", "fo-study");
            browser.click("topic:save");
            browser.waitForText(By.id("messages"), "Ämnet " + code + " är sparat");
            assertThat(browser.text("topics")).contains(code, "Bibliotekskort / Library card", "fo-study");

            browser.click(By.xpath("//table[@id='topics']//tr[td[contains(., '" + code + "')]]//a"));
            browser.type("topic:name", "Lånekort / Library card");
            browser.select("topic:frontOffice", "fo-registry");
            browser.click("topic:save");
            browser.waitForText(By.id("messages"), "Ämnet " + code + " är sparat");
            assertThat(browser.text("topics")).contains("Lånekort / Library card");
        }
        var topics = array(Api.as(administrator, Pages.PASSWORD).get("/api/topics"));
        assertThat(topics).filteredOn(t -> t.getString("code").equals(code)).singleElement()
                .satisfies(t -> assertThat(t.getString("frontOffice")).isEqualTo("fo-registry"));
        var refused = Api.as(manager, Pages.PASSWORD).put("/api/topics/" + code, Json.createObjectBuilder()
                .add("name", "Av chefen / By the manager").add("frontOffice", "fo-study").add("version", 0).build());
        assertThat(refused.status()).isEqualTo(403);
        var duplicate = Api.as(administrator, Pages.PASSWORD).put("/api/topics/" + code, Json.createObjectBuilder()
                .add("name", "Dubblett / Duplicate").add("frontOffice", "fo-study").build());
        assertThat(duplicate.status()).as("creating it again").isEqualTo(409);
    }

    private static List<JsonObject> array(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
