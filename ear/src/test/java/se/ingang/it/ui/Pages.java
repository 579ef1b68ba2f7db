package se.ingang.it.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import se.ingang.itsupport.browser.Browser;

/** The workspace's pages as a person uses them, so the tests read like what they check. */
final class Pages {

    /** The password the test application gives every test staff member. */
    static final String PASSWORD = "it-password-2026";

    private final Browser browser;

    Pages(Browser browser) {
        this.browser = browser;
    }

    /** Logs in through the real login page. */
    Pages signIn(String username) {
        return signIn(username, PASSWORD);
    }

    Pages signIn(String username, String password) {
        browser.go("/staff/queue.xhtml");
        browser.type("j_username", username);
        browser.type("j_password", password);
        browser.click(By.cssSelector("form button[type=submit], form input[type=submit]"));
        browser.find(By.id("current-user"));
        return this;
    }

    /** The front-office inbox, narrowed to one customer so other tests' cases never interfere. */
    Pages inbox(String customerEmail) {
        browser.go("/staff/queue.xhtml");
        return filterBy(customerEmail);
    }

    Pages groupQueue(String group, String customerEmail) {
        browser.go("/staff/groups.xhtml");
        browser.select("filters:queue", group);
        return filterBy(customerEmail);
    }

    private Pages filterBy(String customerEmail) {
        browser.type("filters:email", customerEmail);
        browser.clickAndWait("filters:apply");
        return this;
    }

    /** Waits (the list polls) until the case is listed. */
    void waitForRow(String number) {
        browser.waitForText(By.id("list:cases"), number);
    }

    void openCase(String number) {
        browser.click(By.linkText(number));
        browser.find(By.id("summary"));
    }

    void openCaseDirectly(String number) {
        browser.go("/staff/case.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }
}
