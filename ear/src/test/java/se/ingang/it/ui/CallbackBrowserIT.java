package se.ingang.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * A callback case from a missed call, worked in the case view: "no answer, try again" keeps
 * it open and counts the attempt; "called back, resolved" resolves it with what was said.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallbackBrowserIT {

    @ArquillianResource
    URL testWar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of(CallbackBrowserIT.class).addClasses(Fixtures.class);
    }

    @Test
    void anAgentTriesOnceWithoutAnswerThenReachesTheCallerAndResolves() {
        var workspace = new Workspace(testWar);
        String administrator = workspace.staffMember("ADMINISTRATOR");
        String agent = workspace.staffMember("AGENT", "fo-registry");
        var api = Api.as(administrator, Pages.PASSWORD);
        String phoneQueue = "pq-" + UUID.randomUUID().toString().substring(0, 8);
        var queue = api.put("/api/phone-queues/" + phoneQueue, Json.createObjectBuilder()
                .add("name", "Växeln " + phoneQueue).add("frontOffice", "fo-registry").build());
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        String caller = String.format("070%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        var missed = api.post("/api/calls/events", Json.createObjectBuilder().add("callId", "call-" + UUID.randomUUID())
                .add("startTime", "2026-10-30T09:00:00+01:00").add("caller", caller).add("queue", phoneQueue)
                .add("result", "MISSED").add("waitSeconds", 40).add("durationSeconds", 0).build());
        assertThat(missed.status()).as(missed.toString()).isEqualTo(201);
        String number = missed.json().getString("callbackCase");

        try (var browser = Browser.open()) {
            var pages = new Pages(browser).signIn(agent);
            pages.openCaseDirectly(number);
            browser.find(By.id("callback:noAnswer"));
            assertThat(browser.accessibilityViolations()).as("case view of a callback").isEmpty();

            browser.type("callback:note", "Röstbrevlåda, ringer igen efter lunch");
            browser.clickAndWait("callback:noAnswer");
            browser.waitForText(By.id("feedback"), "försöket är noterat");
            assertThat(browser.text("status")).isEqualTo("Ny");
            assertThat(browser.text("timeline")).contains("Röstbrevlåda, ringer igen efter lunch");

            browser.type("callback:note", "Förklarade hur man beställer ett intyg");
            browser.clickAndWait("callback:resolved");
            browser.waitForText(By.id("status"), "Löst");
            assertThat(browser.text("timeline")).contains("Förklarade hur man beställer ett intyg");
            assertThat(browser.driver().findElements(By.id("callback"))).as("no callback buttons once resolved").isEmpty();
        }
        var callback = api.get("/api/callbacks/" + number);
        assertThat(callback.status()).as(callback.toString()).isEqualTo(200);
        assertThat(callback.json().getInt("attempts")).isEqualTo(2);
        assertThat(callback.json().getJsonArray("attemptLog").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(a -> a.getString("outcome")).containsExactly("NO_ANSWER", "RESOLVED");
    }
}
