package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * IMAP IDLE: with a poll interval of five minutes, new mail still becomes a case within
 * seconds, because the node holding the lease keeps the mailbox in IDLE; disabling the
 * mailbox ends the IDLE watch.
 */
@ExtendWith(ArquillianExtension.class)
class MailIdleIT {

    private static final int POLL_SECONDS = 300;
    /** Clearly below the poll interval: only IDLE can bring the mail in this fast. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailIdleIT.class);
    }

    @Test
    void newMailBecomesACaseWithinSecondsThoughThePollIntervalIsLongAndDisablingEndsIdle() {
        String address = "idle-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        String secretName = "INGANG_MAILBOX_IT_" + UUID.randomUUID().toString().replace("-", "");
        System.setProperty(secretName, address);
        MailChannel.deliver("setup@example.se", List.of(address), MailChannel.simple("setup@example.se", address,
                "Skapar brevlådan", MailChannel.uniqueMessageId(), "Första brevet skapar brevlådan på testservern."));
        var created = api.post("/api/mailboxes", MailChannel.settings(address, secretName, MailChannel.IMAP_PORT, true)
                .add("pollSeconds", POLL_SECONDS).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        // The first read happens at once (never read before); after it the lease holder goes into IDLE.
        await().atMost(Duration.ofSeconds(60)).until(() -> health(id).filter(h -> !idleSinceIsNull(h)).isPresent());
        assertThat(MailChannel.allTakenIn(address, 1)).isTrue();

        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(address), MailChannel.simple(sender, address, "Snabbt tack",
                MailChannel.uniqueMessageId(), "Hej, kommer detta fram direkt?"));
        await().atMost(WITHIN).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        await().atMost(WITHIN).until(() -> MailChannel.allTakenIn(address, 2));

        var mailbox = api.get("/api/mailboxes/" + id).json();
        var disabled = api.put("/api/mailboxes/" + id, MailChannel.settings(address, secretName, MailChannel.IMAP_PORT, false)
                .add("pollSeconds", POLL_SECONDS).add("version", mailbox.getJsonNumber("version").longValue()).build());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        await().atMost(WITHIN).until(() -> health(id).filter(MailIdleIT::idleSinceIsNull).isPresent());

        String late = MailChannel.uniqueSender();
        MailChannel.deliver(late, List.of(address), MailChannel.simple(late, address, "Efter avstängning",
                MailChannel.uniqueMessageId(), "Denna ska ligga kvar oläst."));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> MailChannel.totalAndUnseen(address)[1] == 1);
        assertThat(MailChannel.casesOf(api, late)).as("a disabled mailbox is neither watched nor read").isEmpty();
    }

    private static boolean idleSinceIsNull(JsonObject health) {
        return !health.containsKey("idleSince") || health.isNull("idleSince");
    }

    private Optional<JsonObject> health(long id) {
        var response = api.get("/api/mailboxes/health");
        assertThat(response.status()).as(response.toString()).isIn(200, 503);
        return response.json().getJsonArray("mailboxes").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst();
    }
}
