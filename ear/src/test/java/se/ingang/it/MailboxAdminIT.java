package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.mail.control.MailboxLeases;

/** Mailbox administration, the health check, and the lease that lets one node only poll a mailbox. */
@ExtendWith(ArquillianExtension.class)
class MailboxAdminIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailboxAdminIT.class);
    }

    @Test
    void mailboxesAreCreatedListedAndChangedWithTheVersionAndNeverHoldAPassword() {
        String address = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        var created = api.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_ADMIN_TEST", 993, false)
                .add("security", "IMAPS").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).isNotNull();
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.body()).doesNotContain("password");

        var changed = api.put("/api/mailboxes/" + id, MailChannel.settings(address, "INGANG_MAILBOX_ADMIN_TEST", 993, false)
                .add("pollSeconds", 120).add("version", created.json().getJsonNumber("version").longValue()).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getInt("pollSeconds")).isEqualTo(120);
        var stale = api.put("/api/mailboxes/" + id, MailChannel.settings(address, "INGANG_MAILBOX_ADMIN_TEST", 993, false)
                .add("version", created.json().getJsonNumber("version").longValue()).build());
        assertThat(stale.status()).isEqualTo(409);

        assertThat(MailChannel.list(api, "/api/mailboxes")).anySatisfy(m -> assertThat(m.getString("address")).isEqualTo(address));
    }

    @Test
    void aSecretThatLooksLikeAPasswordAndAnUnknownProfileAreRefused() {
        String address = "bad-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        var password = api.post("/api/mailboxes", MailChannel.settings(address, "hemligt lösenord!", 993, false).build());
        assertThat(password.status()).isEqualTo(400);
        assertThat(password.body()).contains("secretName");
        var profile = api.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_X", 993, false).add("frontOffice", "no-such").build());
        assertThat(profile.status()).isEqualTo(400);
        assertThat(profile.body()).contains("frontOffice");
    }

    @Test
    void healthNamesAMailboxThatCannotBeReadAndNotOneThatIsRead() {
        var good = MailChannel.newMailbox(api, "healthy");
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(good.address()), MailChannel.simple(sender, good.address(), "Hälsa", MailChannel.uniqueMessageId(), "Hej"));
        String address = "unreachable-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        System.setProperty("INGANG_MAILBOX_IT_UNREACHABLE", "x");
        var broken = api.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_IT_UNREACHABLE", 1, true).build()).json();
        long brokenId = broken.getJsonNumber("id").longValue();

        await().atMost(Duration.ofSeconds(60)).until(() -> health(brokenId).getBoolean("stale") && health(good.id()).containsKey("lastSuccessAt"));
        assertThat(api.get("/api/mailboxes/health").status()).isEqualTo(503);
        assertThat(health(brokenId).getString("lastError")).isNotBlank();
        assertThat(health(good.id()).getBoolean("stale")).isFalse();

        var disabled = api.put("/api/mailboxes/" + brokenId, MailChannel.settings(address, "INGANG_MAILBOX_IT_UNREACHABLE", 1, false)
                .add("version", api.get("/api/mailboxes/" + brokenId).json().getJsonNumber("version").longValue()).build());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(health(brokenId).getBoolean("stale")).as("a disabled mailbox is not expected to be read").isFalse();
    }

    @Test
    void onlyOneNodeHoldsAMailboxLeaseUntilItExpires() {
        String address = "lease-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        long id = api.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_X", 993, false).build()).json().getJsonNumber("id").longValue();
        MailboxLeases leases = Application.lookup("java:global/ingang/ingang-ejb/MailboxLeases!" + MailboxLeases.class.getName());
        var t0 = Instant.now();

        assertThat(leases.tryAcquire(id, "node-a", t0, t0.plusSeconds(60))).isTrue();
        assertThat(leases.tryAcquire(id, "node-b", t0.plusSeconds(1), t0.plusSeconds(61))).as("held by a").isFalse();
        assertThat(leases.tryAcquire(id, "node-a", t0.plusSeconds(30), t0.plusSeconds(90))).as("renewed by its holder").isTrue();
        assertThat(leases.tryAcquire(id, "node-b", t0.plusSeconds(80), t0.plusSeconds(140))).as("renewal counts").isFalse();
        assertThat(leases.tryAcquire(id, "node-b", t0.plusSeconds(91), t0.plusSeconds(151))).as("expired: b takes over").isTrue();
        assertThat(leases.tryAcquire(id, "node-a", t0.plusSeconds(92), t0.plusSeconds(152))).isFalse();
        assertThat(leases.holder(id, t0.plusSeconds(100))).isEqualTo("node-b");
    }

    private JsonObject health(long id) {
        var response = api.get("/api/mailboxes/health");
        return response.json().getJsonArray("mailboxes").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }
}
