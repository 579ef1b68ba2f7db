package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.mail.boundary.IntakeOutcome;
import se.ingang.mail.boundary.MailIntake;

/**
 * Issue 15 item 2: mail that cannot be taken in never blocks the rest and never retries for ever,
 * and a message larger than one database packet is stored (in chunks) like any other.
 */
@ExtendWith(ArquillianExtension.class)
class MailIntakeFailuresIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailIntakeFailuresIT.class);
    }

    /**
     * Every attempt at one mailbox's message fails inside its transaction (as a too-large insert
     * did): the mailbox is DEGRADED, the other mailbox's mail arrives meanwhile, and after its
     * attempts (INGANG_MAIL_MAX_ATTEMPTS, 3) the message is held once in the quarantine with the reason.
     */
    @Test
    void aMessageThatKeepsFailingIsQuarantinedAfterItsAttemptsAndNeverHoldsTheOtherMailboxes() throws Exception {
        var failing = MailChannel.newMailbox(api, "failing");
        var other = MailChannel.newMailbox(api, "healthy");
        var crashes = MailChannel.crashes();
        crashes.failIntakeOf(failing.id());
        try {
            String stuck = MailChannel.uniqueSender();
            MailChannel.deliver(stuck, List.of(failing.address()), MailChannel.simple(stuck, failing.address(), "Fastnar",
                    MailChannel.uniqueMessageId(), "Det här brevet kan inte tas emot just nu."));
            String fine = MailChannel.uniqueSender();
            MailChannel.deliver(fine, List.of(other.address()), MailChannel.simple(fine, other.address(), "Kommer fram",
                    MailChannel.uniqueMessageId(), "Jag kommer fram ändå."));

            await().atMost(WAIT).until(() -> MailChannel.casesOf(api, fine).size() == 1);
            await().atMost(WAIT).until(() -> "DEGRADED".equals(healthOf(failing.id()).getString("status")));

            await().atMost(WAIT).until(() -> MailChannel.allTakenIn(failing.address(), 1));
            assertThat(MailChannel.casesOf(api, stuck)).as("never registered half-way").isEmpty();
            try (var connection = database.getConnection(); var query = connection.prepareStatement(
                    "SELECT reason FROM mail_quarantine WHERE mailbox_id = ? AND released = FALSE")) {
                query.setLong(1, failing.id());
                try (var rows = query.executeQuery()) {
                    assertThat(rows.next()).as("held in the quarantine").isTrue();
                    assertThat(rows.getString(1)).contains("failed 3 times", "simulated intake failure");
                    assertThat(rows.next()).as("held once").isFalse();
                }
            }
            var health = healthOf(failing.id());
            assertThat(health.getString("status")).as("it still has mail it could not take in").isEqualTo("DEGRADED");
            assertThat(health.getJsonNumber("quarantined").longValue()).isEqualTo(1);
            assertThat(health.getJsonNumber("failing").longValue()).as("no longer retried").isZero();
        } finally {
            crashes.healIntakeOf(failing.id());
        }
    }

    /**
     * 25 MB of mail (a 25 MB attachment, over the test server's attachment limit), more than the
     * database's max_allowed_packet (16 MB here): a case, the attachment dropped with a note, the raw
     * message kept whole in chunks none larger than a packet.
     */
    @Test
    void aTwentyFiveMegabyteMessageBecomesACaseWithItsRawMessageKeptInChunks() throws SQLException {
        var box = MailChannel.newMailbox(api, "large");
        String sender = MailChannel.uniqueSender();
        byte[] film = new byte[18 * 1024 * 1024 + 800 * 1024]; // base64 makes this 25 MB
        new Random(15).nextBytes(film);
        String head = String.join("\r\n",
                "From: " + sender,
                "To: " + box.address(),
                "Subject: Inspelningen från föreläsningen",
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"stor\"",
                "",
                "--stor",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Hej, här är inspelningen.",
                "--stor",
                "Content-Type: video/quicktime; name=\"forelasning.mov\"",
                "Content-Disposition: attachment; filename=\"forelasning.mov\"",
                "Content-Transfer-Encoding: base64",
                "", "");
        var message = new java.io.ByteArrayOutputStream();
        message.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        message.writeBytes(Base64.getMimeEncoder().encode(film));
        message.writeBytes("\r\n--stor--\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] raw = message.toByteArray();
        assertThat(raw.length).as("the message's size").isGreaterThan(25_000_000);

        long started = System.nanoTime();
        MailIntake intake = Application.lookup("java:global/ingang/ingang-ejb/MailIntake!" + MailIntake.class.getName());
        var outcome = intake.ingest(box.id(), ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 1, raw);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("MailIntakeFailuresIT: a " + raw.length + "-byte message taken in in " + millis + " ms");
        assertThat(outcome).isEqualTo(IntakeOutcome.NEW_CASE);

        String number = MailChannel.casesOf(api, sender).get(0).getString("number");
        var notes = api.get("/api/cases/" + number).json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INTERNAL_NOTE")).map(e -> e.getString("body")).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("forelasning.mov", "larger than the limit"));
        long messageId = MailChannel.mailOf(api, number).getJsonArray("messages").getJsonObject(0).getJsonNumber("id").longValue();
        try (var connection = database.getConnection(); var query = connection.prepareStatement(
                "SELECT COUNT(*), SUM(LENGTH(data)), MAX(LENGTH(data)), @@max_allowed_packet FROM mail_raw_chunk"
                        + " WHERE owner = 'MESSAGE' AND owner_id = ?")) {
            query.setLong(1, messageId);
            try (var rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("chunks").isGreaterThan(1);
                assertThat(rows.getLong(2)).as("the raw message, whole").isEqualTo(raw.length);
                assertThat(rows.getLong(3)).as("no chunk near a packet").isLessThan(rows.getLong(4) / 2);
            }
        }
    }

    private JsonObject healthOf(long mailboxId) {
        return api.get("/api/mailboxes/health").json().getJsonArray("mailboxes").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == mailboxId).findFirst().orElseThrow();
    }
}
