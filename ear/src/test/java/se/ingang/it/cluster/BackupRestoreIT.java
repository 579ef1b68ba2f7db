package se.ingang.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ingang.itsupport.TestMailServer;

/**
 * Backup and restore with the scripts operators use (ear/src/main/scripts): cases with a
 * timeline, a mail attachment and a pending timer are backed up while the server runs, restored
 * into an empty database, and a server started on it has all of it — and the timer still fires.
 */
class BackupRestoreIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String MAILBOX = "backup-" + RUN + "@ingang.test";
    private static final String MAILBOX_SECRET = "INGANG_MAILBOX_IT_BACKUP";
    private static final Path WORK = Path.of(System.getProperty("it.cluster.work-dir", "target/cluster"));
    private static final Path SCRIPTS = Path.of(System.getProperty("it.scripts.dir", "src/main/scripts"));
    /** What the backup must hold, table by table (the mailbox's own poll bookkeeping goes on after it). */
    private static final List<String> CONTENT = List.of("service_case", "timeline_entry", "customer", "case_deadline",
            "notification", "mail_message", "mail_fetch", "case_attachment", "ACT_RU_EXECUTION", "ACT_RU_JOB",
            "ACT_RU_VARIABLE", "ACT_RU_TASK", "ACT_RU_EVENT_SUBSCR", "ACT_GE_BYTEARRAY", "ACT_HI_PROCINST");

    private final Client api = Client.api();
    private final List<Node> nodes = new ArrayList<>();

    @org.junit.jupiter.api.BeforeAll
    static void killedNodesDropTheirMailConnections() {
        // A node killed on purpose leaves its IMAP connection half open; GreenMail's handler thread
        // then throws, which Awaitility would otherwise report as this test's failure.
        org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(Node::close);
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryCaseAttachmentAndPendingTimer() throws Exception {
        var main = TestDatabase.fromSystemProperties("it.cluster.db.url");
        var source = main.sibling(main.name + "_src");
        var restored = main.sibling(main.name + "_restored");
        source.recreate();
        restored.recreate();

        var before = start("backup-source", Integer.getInteger("it.cluster.offset.a", 1000), source);
        source.addAdministrator(Client.USER, Client.PASSWORD);

        // A mail with an attachment becomes a case; another case gets a note; a third a promise whose timer is pending.
        var created = api.post(before.url() + "/api/mailboxes", Json.createObjectBuilder()
                .add("name", "backup-" + RUN).add("address", MAILBOX).add("host", "127.0.0.1")
                .add("port", TestMailServer.IMAP_PORT).add("security", "NONE").add("username", MAILBOX)
                .add("secretName", MAILBOX_SECRET).add("folder", "INBOX").add("frontOffice", "fo-registry")
                .add("pollSeconds", 1).add("enabled", true).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        byte[] attachment = new byte[20_000];
        new Random(RUN.hashCode()).nextBytes(attachment); // binary: travels base64, byte for byte
        GreenMailUtil.sendAttachmentEmail(MAILBOX, "kund-" + RUN + "@example.se", "backup-mail-" + RUN, "Se bifogad fil.",
                attachment, "application/octet-stream", "intyg.pdf", "intyg", new ServerSetup(TestMailServer.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        await().atMost(Duration.ofMinutes(2)).until(() -> source.count("SELECT COUNT(*) FROM service_case WHERE subject = ?", "backup-mail-" + RUN) == 1);
        String mailCase = (String) source.value("SELECT case_number FROM service_case WHERE subject = ?", "backup-mail-" + RUN);

        String notedCase = register(before, "backup-noted-" + RUN);
        var noted = api.post(before.url() + "/api/cases/" + notedCase + "/notes", Json.createObjectBuilder()
                .add("version", api.get(before.url() + "/api/cases/" + notedCase).json().getJsonNumber("version").longValue())
                .add("text", "Kept in the backup " + RUN).build());
        assertThat(noted.status()).as(noted.body()).isEqualTo(201);
        String timerCase = register(before, "backup-timer-" + RUN);
        // Due after the backup (checked below): it fires on the restored server, whether before or after its start.
        var due = Instant.now().plus(Duration.ofSeconds(60)).truncatedTo(ChronoUnit.SECONDS);
        var promised = api.post(before.url() + "/api/cases/" + timerCase + "/promises", Json.createObjectBuilder().add("due", due.toString()).build());
        assertThat(promised.status()).as(promised.body()).isEqualTo(201);

        var cases = List.of(mailCase, notedCase, timerCase);
        var snapshot = new HashMap<String, JsonObject>();
        for (String number : cases) {
            snapshot.put(number, api.get(before.url() + "/api/cases/" + number).json());
        }
        var attachments = (jakarta.json.JsonArray) api.get(before.url() + "/api/cases/" + mailCase + "/attachments").parse();
        assertThat(attachments).as("the mail's attachment was kept").hasSize(1);
        assertThat(bytes(before, mailCase, attachments.getJsonObject(0).getJsonNumber("id").longValue())).isEqualTo(attachment);

        // Backup while the server runs, then the server goes (kill -9: the backup must not need a clean stop).
        Path backup = WORK.resolve("backup-" + RUN + ".sql.gz");
        script("backup.sh", source, backup.toString());
        assertThat(backup).isNotEmptyFile();
        before.close();
        assertThat(source.count("SELECT COUNT(*) FROM case_deadline WHERE case_number = ? AND kind = 'FOLLOW_UP' AND breached_at IS NULL", timerCase))
                .as("the promise was still pending when backed up").isOne();

        script("restore.sh", restored, backup.toString());
        for (String table : CONTENT) {
            assertThat(checksum(restored, table)).as("table " + table + " restored as backed up").isEqualTo(checksum(source, table));
        }

        assertThat(restored.count("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " JOIN case_deadline d ON e.BUSINESS_KEY_ = CONCAT('deadline-', d.id)"
                + " WHERE d.case_number = ? AND d.kind = 'FOLLOW_UP' AND j.TYPE_ = 'timer'", timerCase))
                .as("the promise's timer in the restored database").isPositive();

        var after = start("backup-restored", Integer.getInteger("it.cluster.offset.b", 1100), restored);
        for (String number : cases) {
            var now = api.get(after.url() + "/api/cases/" + number).json();
            var then = snapshot.get(number);
            assertThat(now.getString("subject")).isEqualTo(then.getString("subject"));
            assertThat(now.getJsonArray("timeline").subList(0, then.getJsonArray("timeline").size()))
                    .as("timeline of " + number).isEqualTo(then.getJsonArray("timeline"));
        }
        assertThat(api.get(after.url() + "/api/cases/" + mailCase + "/attachments").parse()).isEqualTo(attachments);
        assertThat(bytes(after, mailCase, attachments.getJsonObject(0).getJsonNumber("id").longValue()))
                .as("attachment bytes after the restore").isEqualTo(attachment);

        // The running processes came along, and the pending timer fires once on the restored server.
        assertThat(restored.count("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RU_EXECUTION p ON p.ID_ = e.PROC_INST_ID_"
                + " WHERE p.BUSINESS_KEY_ IN (?, ?, ?) AND e.ID_ = e.PROC_INST_ID_", mailCase, notedCase, timerCase))
                .as("case lifecycles running").isEqualTo(3);
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).until(() -> restored.count(
                "SELECT COUNT(*) FROM case_deadline WHERE case_number = ? AND kind = 'FOLLOW_UP' AND breached_at IS NOT NULL", timerCase) == 1);
        assertThat(restored.count("SELECT COUNT(*) FROM timeline_entry t JOIN service_case c ON c.id = t.case_id"
                + " WHERE c.case_number = ? AND t.event = 'SLA_BREACHED'", timerCase)).as("breaches recorded").isOne();
    }

    private Node start(String name, int offset, TestDatabase db) {
        var settings = Node.settings(name, db);
        settings.put(MAILBOX_SECRET, MAILBOX);
        var node = new Node(name, offset, WORK, settings, "standalone.xml").prepare();
        nodes.add(node);
        return node.start().awaitReady(Duration.ofMinutes(8));
    }

    private String register(Node node, String subject) {
        var reply = api.post(node.url() + "/api/cases", Json.createObjectBuilder()
                .add("channel", "PHONE").add("subject", subject).add("message", "Till säkerhetskopian.")
                .add("customer", Json.createObjectBuilder().add("name", "Bo Backup").add("email", "kund-" + UUID.randomUUID() + "@example.se"))
                .add("topic", "it-account").build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("number");
    }

    /** Runs one of the operator scripts against a database, as an operator would (settings in the environment). */
    private static void script(String name, TestDatabase db, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(name).toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("INGANG_DB_URL", db.url, "INGANG_DB_USER", System.getProperty("it.db.user", "root"),
                "INGANG_DB_PASSWORD", System.getProperty("it.db.password", "")));
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(name + ": " + output).isZero();
        System.out.println(output);
    }

    private static long checksum(TestDatabase db, String table) {
        return ((Number) db.rows("CHECKSUM TABLE " + table).get(0)[1]).longValue();
    }

    private static byte[] bytes(Node node, String caseNumber, long attachmentId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(node.url() + "/api/cases/" + caseNumber + "/attachments/" + attachmentId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Client.USER + ":" + Client.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
