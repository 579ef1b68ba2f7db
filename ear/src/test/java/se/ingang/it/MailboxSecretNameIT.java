package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mailbox's password is read from a variable whose name begins with INGANG_MAILBOX_, and
 * from no other: the value is sent to a host the administrator chooses, so a mailbox naming
 * INGANG_DB_PASSWORD would hand the database password to anyone's IMAP server (README
 * "Mailbox passwords").
 */
@ExtendWith(ArquillianExtension.class)
class MailboxSecretNameIT {

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailboxSecretNameIT.class);
    }

    @Test
    void aSecretNameWithoutThePrefixIsRefusedWhenSaved() {
        String address = "secret-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        var created = api.post("/api/mailboxes", MailChannel.settings(address, "INGANG_DB_PASSWORD", 2999, false).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.body()).contains("secretName", "INGANG_MAILBOX_");

        var box = MailChannel.newMailbox(api, "secret");
        var version = api.get("/api/mailboxes/" + box.id()).json().getJsonNumber("version").longValue();
        var changed = api.put("/api/mailboxes/" + box.id(), MailChannel.settings(box.address(), "JAVA_HOME", 2999, false)
                .add("version", version).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(400);
        assertThat(api.get("/api/mailboxes/" + box.id()).json().getString("secretName")).startsWith("INGANG_MAILBOX_");
    }

    @Test
    void aSavedNameWithoutThePrefixIsNeverReadWhenPolling() throws SQLException {
        var box = MailChannel.newMailbox(api, "unprefixed");
        // As a mailbox saved before the rule: the name is set, and holds the right password.
        String unprefixed = "IT_UNPREFIXED_" + UUID.randomUUID().toString().replace("-", "");
        System.setProperty(unprefixed, box.address());
        try (var c = database.getConnection();
             var update = c.prepareStatement("UPDATE mailbox SET secret_name = ? WHERE id = ?")) {
            update.setString(1, unprefixed);
            update.setLong(2, box.id());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(),
                "Fråga om studieintyg", MailChannel.uniqueMessageId(), "Hej, när kommer mitt intyg?"));

        await().atMost(Duration.ofSeconds(60)).until(() -> lastError(box.id()).contains("INGANG_MAILBOX_"));
        assertThat(lastError(box.id())).contains(unprefixed, "not read");
        assertThat(MailChannel.casesOf(api, sender)).as("the mail stays unread on the mail server").isEmpty();
    }

    private String lastError(long id) {
        var mailbox = api.get("/api/mailboxes/" + id).json();
        return mailbox.containsKey("lastError") && !mailbox.isNull("lastError") ? mailbox.getString("lastError") : "";
    }
}
