package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.ingang.itsupport.browser.Browser;

/**
 * A customer, in a real browser, in Swedish: fills in the public form (first with mistakes
 * and an oversize file), gets the case number, opens the status link from the receipt mail
 * and replies. Every page and the error state pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFormBrowserIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/status/[A-Za-z0-9_-]{43})");

    /** The browser talks to the server from outside; nothing of the test runs inside it. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, PublicFormBrowserIT.class.getSimpleName() + ".war")
                .addAsWebResource(new StringAsset("browser test"), "index.html");
    }

    @Test
    void aCustomerSendsTheFormInSwedishFollowsTheStatusLinkAndReplies(@TempDir Path files) throws Exception {
        String email = Contacts.uniqueEmail();
        Path oversize = Files.write(files.resolve("för_stor.bin"), new byte[5 * 1024 * 1024]);
        Path certificate = Files.writeString(files.resolve("intyg_åäö.txt"), "Intyg för Åsa Öberg", StandardCharsets.UTF_8);

        try (var browser = Browser.open()) {
            var page = browser.driver();
            browser.go("/public/form.xhtml");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Kontakta oss");
            assertThat(browser.accessibilityViolations()).as("the empty form").isEmpty();

            // First attempt: no name, no consent, and a file that is too large.
            new Select(field(browser, "customerGroup")).selectByVisibleText("Student");
            new Select(field(browser, "type")).selectByVisibleText("Jag har en fråga eller behöver hjälp");
            new Select(field(browser, "topic")).selectByVisibleText("Examensbevis");
            field(browser, "subject").sendKeys("Examensbevis på svenska och engelska – åäö");
            field(browser, "message").sendKeys("Hej!\nNär får jag mitt examensbevis? Jag läste på Överby campus.\nMvh Åsa");
            field(browser, "email").sendKeys(email);
            field(browser, "attachments").sendKeys(oversize.toString());
            field(browser, "send").click();

            var summary = browser.waitUntil(d -> d.findElement(By.cssSelector(".summary")));
            assertThat(page.getTitle()).startsWith("Formuläret innehåller fel");
            assertThat(summary.getText()).contains("Skriv ditt namn.", "Du behöver samtycka",
                    "Filen för_stor.bin är för stor", "Välj dina bilagor igen");
            assertThat(field(browser, "name").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(field(browser, "name").getAttribute("aria-describedby")).isEqualTo("f:name-error");
            assertThat(page.findElement(By.id("f:name-error")).getText()).isEqualTo("Skriv ditt namn.");
            assertThat(field(browser, "subject").getAttribute("value")).as("nothing typed is lost")
                    .isEqualTo("Examensbevis på svenska och engelska – åäö");
            assertThat(field(browser, "message").getAttribute("value")).contains("Överby campus");
            assertThat(new Select(field(browser, "topic")).getFirstSelectedOption().getText()).isEqualTo("Examensbevis");
            assertThat(field(browser, "email").getAttribute("value")).isEqualTo(email);
            assertThat(browser.accessibilityViolations()).as("the form with errors").isEmpty();

            // Second attempt: everything in order.
            field(browser, "name").sendKeys("Åsa Öberg");
            field(browser, "attachments").sendKeys(certificate.toString());
            field(browser, "consent").click();
            field(browser, "send").click();

            String number = browser.waitUntil(d -> d.findElement(By.id("case-number"))).getText();
            assertThat(number).matches("\\d{4}-\\d{6}");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Tack! Vi har tagit emot ditt ärende");
            assertThat(browser.accessibilityViolations()).as("the confirmation").isEmpty();

            await().atMost(Duration.ofSeconds(30)).until(() -> !Mailbox.of(email).isEmpty());
            var receipt = Mailbox.of(email).get(0);
            assertThat(receipt.subject()).contains(number);
            var link = LINK.matcher(receipt.text());
            assertThat(link.find()).as(receipt.text()).isTrue();
            assertThat(page.findElement(By.id("status-link")).getText()).isEqualTo(link.group(1));

            page.get(link.group(1));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Ditt ärende " + number);
            assertThat(page.findElement(By.id("case-status")).getText()).startsWith("Mottaget");
            assertThat(page.findElement(By.cssSelector(".conversation")).getText())
                    .contains("Överby campus", "intyg_åäö.txt");
            assertThat(browser.accessibilityViolations()).as("the status page").isEmpty();

            page.findElement(By.id("r:reply")).sendKeys("Jag behöver även en engelsk översättning, tack!");
            page.findElement(By.id("r:send")).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector(".sent")));
            assertThat(browser.accessibilityViolations()).as("the status page after a reply").isEmpty();

            page.get(link.group(1));
            assertThat(page.findElement(By.cssSelector(".conversation")).getText())
                    .as("the reply is on the case").contains("Jag behöver även en engelsk översättning, tack!");
        }
    }

    private static WebElement field(Browser browser, String id) {
        return browser.driver().findElement(By.id("f:" + id));
    }
}
