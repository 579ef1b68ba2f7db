package se.ingang.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.ingang.it.LoginBrowser;
import se.ingang.itsupport.TestMailServer;

/**
 * Two nodes of the built server (standalone-ha.xml) on one machine and one database, the way
 * README "Running several nodes" starts them: they form one cluster; every timer job runs once
 * whichever node's job executor takes it; a mailbox is read by one node, and when that node is
 * killed (SIGKILL, mid-intake) the other takes over within the lease bound, with no mail or case
 * lost or doubled; a staff member's session and Faces view go on on the other node.
 * Runs in its own failsafe execution (cluster), not in the Arquillian server of the main run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Mailbox lease of the test nodes (INGANG_MAIL_LEASE_SECONDS) and poll interval of the test mailbox. */
    private static final int LEASE_SECONDS = 10;
    private static final int POLL_SECONDS = 2;
    /** The documented takeover bound (lease + poll interval + tick), plus slack for a loaded machine. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(LEASE_SECONDS + POLL_SECONDS + 1 + 30);
    private static final Duration BOOT = Duration.ofMinutes(8);
    private static final String TOPIC = "it-account";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String MAILBOX = "cluster-" + RUN + "@ingang.test";
    private static final String MAILBOX_SECRET = "INGANG_MAILBOX_IT_CLUSTER";

    private static TestDatabase db;
    private static Node a;
    private static Node b;
    private static final Client API = Client.api();

    @BeforeAll
    static void killedNodesDropTheirMailConnections() {
        // The killed node's IMAP (IDLE) connection ends mid-command; GreenMail's handler thread then
        // throws, which Awaitility would otherwise report as this test's failure.
        org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @BeforeAll
    static void startTwoNodes() {
        db = TestDatabase.fromSystemProperties("it.cluster.db.url");
        db.recreate();
        Path work = Path.of(System.getProperty("it.cluster.work-dir", "target/cluster"));
        a = new Node("node-a", Integer.getInteger("it.cluster.offset.a", 1000), work, nodeProperties("node-a")).prepare();
        b = new Node("node-b", Integer.getInteger("it.cluster.offset.b", 1100), work, nodeProperties("node-b")).prepare();
        // One after the other: the first creates the schema (Flyway, Camunda) on the empty database.
        a.start().awaitReady(BOOT);
        db.addAdministrator(Client.USER, Client.PASSWORD);
        b.start().awaitReady(BOOT);
    }

    static Map<String, String> nodeProperties(String name) {
        var p = Node.settings(name, db);
        p.put("ingang.mail.lease-seconds", String.valueOf(LEASE_SECONDS));
        p.put(MAILBOX_SECRET, MAILBOX); // GreenMail: the password is the address
        return p;
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new Node[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void theNodesFormOneCluster() {
        // The second node logs the view it joined: "WFLYCLJG0033: Connected 'ee' channel. 'node-b' joined cluster 'ejb'
        // with view: [node-a(…)|1] (2) [node-a(…), node-b(…)]"
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(b.logLines("joined cluster"))
                .as("node-b's view of the cluster").anyMatch(l -> l.contains("(2)") && l.contains("node-a") && l.contains("node-b")));
        assertThat(db.count("SELECT COUNT(*) FROM JGROUPSPING")).as("both nodes found each other through the database").isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void eachTimerJobRunsOnceWhicheverNodeTakesIt() {
        var numbers = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            var node = i % 2 == 0 ? a : b;
            String number = register(node, "cluster-timer-" + RUN + "-" + i, null).getString("number");
            promise(node, number, Instant.now().plusSeconds(30));
            numbers.add(number);
        }
        awaitBreached(numbers);
        assertTimersRanOnce(numbers);
        System.out.println("Timer jobs per node (promise batch before the kill): " + successfulTimerJobsPerHost(numbers));
    }

    @Test
    @Order(3)
    void aMailboxIsReadByOneNodeAtATime() {
        var created = API.post(a.url() + "/api/mailboxes", Json.createObjectBuilder()
                .add("name", "cluster-" + RUN).add("address", MAILBOX).add("host", "127.0.0.1")
                .add("port", TestMailServer.IMAP_PORT).add("security", "NONE").add("username", MAILBOX)
                .add("secretName", MAILBOX_SECRET).add("folder", "INBOX").add("frontOffice", "fo-registry")
                .add("pollSeconds", POLL_SECONDS).add("enabled", true).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var holders = ConcurrentHashMap.<String>newKeySet();
        for (int i = 0; i < 5; i++) {
            sendMail("cluster-mail-" + RUN + "-before-" + i);
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            holders.add(String.valueOf(leaseHolder()));
            return casesWithSubject("cluster-mail-" + RUN + "-before-%").size() == 5;
        });
        holders.remove("null");
        assertThat(holders).as("nodes that held the mailbox's lease while it was read").hasSize(1);
        assertThat(casesWithSubject("cluster-mail-" + RUN + "-before-%").values()).as("one case per mail").containsOnly(1L);
    }

    @Test
    @Order(4)
    void killingTheNodeThatReadsTheMailboxLosesAndDoublesNothing() throws Exception {
        String holder = leaseHolder();
        assertThat(holder).as("a node holds the mailbox").isIn("node-a", "node-b");
        Node victim = holder.equals("node-a") ? a : b;
        Node survivor = victim == a ? b : a;

        // A staff member works on the node that will die: logged in, a case open in the workspace.
        String openCase = register(victim, "cluster-session-" + RUN, null).getString("number");
        var browser = Client.browser();
        var login = browser.get(victim.url() + "/staff/queue.xhtml");
        var loggedIn = browser.postForm(victim.url() + "/j_security_check", Map.of("ingang_login_token", LoginBrowser.token(login.body()),
                "j_username", Client.USER, "j_password", Client.PASSWORD));
        assertThat(loggedIn.status()).as("login on " + victim.name + ": " + login.status()).isEqualTo(200);
        assertThat(loggedIn.body()).as("the inbox, not the login form").doesNotContain("j_password");
        var caseView = browser.get(victim.url() + "/staff/case.xhtml?number=" + openCase);
        assertThat(caseView.status()).isEqualTo(200);
        var noteForm = NoteForm.of(caseView.body());

        // Timers that fall due after the kill: the survivor's job executor must run them, once.
        var laterTimers = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            var node = i % 2 == 0 ? a : b;
            String number = register(node, "cluster-timer-" + RUN + "-late-" + i, null).getString("number");
            promise(node, number, Instant.now().plusSeconds(75));
            laterTimers.add(number);
        }

        // Load on both nodes: clients register cases (each with its idempotency key, retried on the
        // other node when a request fails), and customers keep mailing.
        var stop = new AtomicBoolean();
        var accepted = new ConcurrentHashMap<String, String>();
        var failedAttempts = new AtomicInteger();
        var replays = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        var clients = new ArrayList<Future<?>>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            clients.add(pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String key = RUN + "-" + thread + "-" + i;
                    var body = newCase("cluster-intake-" + key); // a retry sends the very same request
                    var nodes = new Node[] {thread % 2 == 0 ? a : b, thread % 2 == 0 ? b : a};
                    for (int attempt = 0; ; attempt++) {
                        var node = nodes[attempt % 2];
                        try {
                            var reply = API.post(node.url() + "/api/cases", body, Map.of("Idempotency-Key", key));
                            if (reply.status() == 201) {
                                if ("true".equals(reply.header("Idempotent-Replayed"))) {
                                    replays.incrementAndGet();
                                }
                                accepted.put(key, reply.json().getString("number"));
                                break;
                            }
                            assertThat(reply.status()).as("only a node in trouble may refuse: " + reply.body()).isGreaterThanOrEqualTo(500);
                        } catch (UncheckedIOException e) {
                            // The node is gone or the connection broke mid-request: the same key again, elsewhere.
                        }
                        failedAttempts.incrementAndGet();
                        assertThat(attempt).as("attempts for " + key).isLessThan(40);
                    }
                }
                return null;
            }));
        }
        var mailsSent = new ArrayList<String>();
        var mailer = pool.submit(() -> {
            for (int i = 0; i < 30; i++) {
                String subject = "cluster-mail-" + RUN + "-during-" + i;
                sendMail(subject);
                synchronized (mailsSent) {
                    mailsSent.add(subject);
                }
                Node.pause(Duration.ofMillis(300)); // a steady trickle of mail, not a synchronisation
            }
            return null;
        });

        await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= 20);
        Instant killedAt = Instant.now();
        victim.kill();
        int acceptedAtKill = accepted.size();

        // The survivor takes over the mailbox within the bound.
        await().atMost(TAKEOVER_BOUND).pollInterval(Duration.ofMillis(200)).until(() -> survivor.name.equals(leaseHolder()));
        Duration takeover = Duration.between(killedAt, Instant.now());
        System.out.println("Mailbox taken over by " + survivor.name + " " + takeover.toMillis() + " ms after the kill of " + victim.name);

        // Intake goes on against the survivor for a while, then stops; every started request ends accepted.
        await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= acceptedAtKill + 20);
        mailer.get(2, TimeUnit.MINUTES);
        stop.set(true);
        for (var client : clients) {
            client.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.println("Intake: " + accepted.size() + " cases accepted, " + failedAttempts.get()
                + " failed attempts retried, " + replays.get() + " answered from an earlier attempt (Idempotent-Replayed)");

        // Cases posted: exactly the accepted ones are stored, each once, under the number the client was given.
        var stored = db.rows("SELECT subject, case_number FROM service_case WHERE subject LIKE ?", "cluster-intake-" + RUN + "-%");
        var storedByKey = stored.stream().collect(Collectors.groupingBy(r -> ((String) r[0]).substring("cluster-intake-".length()),
                Collectors.mapping(r -> (String) r[1], Collectors.toList())));
        assertThat(storedByKey.keySet()).as("cases stored = requests accepted").isEqualTo(accepted.keySet());
        storedByKey.forEach((key, numbers) -> assertThat(numbers).as("cases stored for " + key).containsExactly(accepted.get(key)));

        // Mail: every message sent, before and across the kill, became exactly one case.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> casesWithSubject("cluster-mail-" + RUN + "-during-%").size() == mailsSent.size());
        assertThat(casesWithSubject("cluster-mail-" + RUN + "-%").values()).as("cases per mail").containsOnly(1L);
        assertThat(casesWithSubject("cluster-mail-" + RUN + "-%")).hasSize(5 + mailsSent.size());

        // The staff member goes on on the survivor: same session (no login page), same Faces view.
        var queue = browser.get(survivor.url() + "/staff/queue.xhtml");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).as("still logged in on " + survivor.name).doesNotContain("j_password");
        String note = "Noted on " + survivor.name + " in the view rendered by " + victim.name + " " + RUN;
        var posted = browser.postForm(survivor.url() + noteForm.action(), noteForm.fields(note));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.body()).as("not the expired-view page").doesNotContain("viewId:'/staff/expired.xhtml'");
        await().atMost(Duration.ofSeconds(30)).until(() -> API.get(survivor.url() + "/api/cases/" + openCase).body().contains(note));

        // Timers due after the kill fire on the survivor, once each.
        awaitBreached(laterTimers);
        assertTimersRanOnce(laterTimers);
        var dueAfterKill = db.rows("SELECT d.case_number, d.due_at FROM case_deadline d WHERE d.kind = 'FOLLOW_UP' AND d.case_number IN ("
                + placeholders(laterTimers) + ")", laterTimers.toArray()).stream()
                .filter(r -> ((Timestamp) r[1]).toLocalDateTime().toInstant(ZoneOffset.UTC).isAfter(killedAt))
                .map(r -> (String) r[0]).toList();
        assertThat(dueAfterKill).as("timers due after the kill").isNotEmpty();
        assertThat(successfulTimerJobsPerHost(dueAfterKill).keySet()).as("nodes that ran the timers due after the kill").containsOnly(survivor.name);

        // Nothing left half-done in the engine.
        assertThat(db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("incidents").isZero();
        assertThat(survivor.logLines("NotSerializableException")).as("session replication failures").isEmpty();
        assertThat(takeover).isLessThanOrEqualTo(TAKEOVER_BOUND);
    }

    // --- helpers

    private static JsonObject newCase(String subject) {
        return Json.createObjectBuilder()
                .add("channel", "PHONE")
                .add("subject", subject)
                .add("message", "Registered while nodes come and go.")
                .add("customer", Json.createObjectBuilder()
                        .add("name", "Kim Kluster")
                        .add("email", "kund-" + UUID.randomUUID() + "@example.se")
                        .add("group", "STUDENT"))
                .add("topic", TOPIC)
                .build();
    }

    private static JsonObject register(Node node, String subject, String key) {
        var reply = key == null ? API.post(node.url() + "/api/cases", newCase(subject))
                : API.post(node.url() + "/api/cases", newCase(subject), Map.of("Idempotency-Key", key));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static void promise(Node node, String number, Instant due) {
        var reply = API.post(node.url() + "/api/cases/" + number + "/promises",
                Json.createObjectBuilder().add("due", due.toString()).add("note", "cluster timer").build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static void awaitBreached(List<String> numbers) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> db.count(
                "SELECT COUNT(*) FROM case_deadline WHERE kind = 'FOLLOW_UP' AND breached_at IS NOT NULL AND case_number IN ("
                        + placeholders(numbers) + ")", numbers.toArray()) == numbers.size());
    }

    /**
     * The engine's job log (written in each job's own transaction) has at most one successful run of
     * every job of the promises' clocks, and exactly one run of a due timer per promise (the one
     * after the warning, or the direct one); the case timeline has exactly one breach: no job ran
     * twice, none was lost.
     */
    private static void assertTimersRanOnce(List<String> numbers) {
        String ofTheseDeadlines = " FROM ACT_HI_JOB_LOG l JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = l.PROCESS_INSTANCE_ID_"
                + " JOIN case_deadline d ON p.BUSINESS_KEY_ = CONCAT('deadline-', d.id)"
                + " WHERE l.JOB_STATE_ = 2 AND d.kind = 'FOLLOW_UP' AND d.case_number IN (" + placeholders(numbers) + ")";
        var jobs = db.rows("SELECT l.JOB_ID_, COUNT(*)" + ofTheseDeadlines + " GROUP BY l.JOB_ID_", numbers.toArray());
        assertThat(jobs).as("jobs of the promises' clocks that ran").hasSizeGreaterThanOrEqualTo(numbers.size());
        assertThat(jobs).as("successful runs of each job").allMatch(r -> ((Number) r[1]).longValue() == 1);
        var dueTimers = db.rows("SELECT p.BUSINESS_KEY_, COUNT(*)" + ofTheseDeadlines
                + " AND l.ACT_ID_ LIKE 'Timer_DeadlineDue%' GROUP BY p.BUSINESS_KEY_", numbers.toArray());
        assertThat(dueTimers).as("deadlines whose due timer ran").hasSize(numbers.size());
        assertThat(dueTimers).as("runs of each deadline's due timer").allMatch(r -> ((Number) r[1]).longValue() == 1);
        var breaches = db.rows("SELECT c.case_number, COUNT(*) FROM timeline_entry t JOIN service_case c ON c.id = t.case_id"
                + " WHERE t.event = 'SLA_BREACHED' AND c.case_number IN (" + placeholders(numbers) + ") GROUP BY c.case_number",
                numbers.toArray());
        assertThat(breaches).as("cases with a breach on the timeline").hasSize(numbers.size());
        assertThat(breaches).as("breaches on each timeline").allMatch(r -> ((Number) r[1]).longValue() == 1);
    }

    private static Map<String, Long> successfulTimerJobsPerHost(List<String> numbers) {
        var rows = db.rows("SELECT l.HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG l"
                + " JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = l.PROCESS_INSTANCE_ID_"
                + " JOIN case_deadline d ON p.BUSINESS_KEY_ = CONCAT('deadline-', d.id)"
                + " WHERE l.JOB_STATE_ = 2 AND d.case_number IN (" + placeholders(numbers) + ") GROUP BY l.HOSTNAME_",
                numbers.toArray());
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    private static String leaseHolder() {
        return (String) db.value("SELECT l.node_id FROM mailbox_lease l JOIN mailbox m ON m.id = l.mailbox_id"
                + " WHERE m.address = ? AND l.expires_at > UTC_TIMESTAMP(6)", MAILBOX);
    }

    private static Map<String, Long> casesWithSubject(String pattern) {
        return db.rows("SELECT subject, COUNT(*) FROM service_case WHERE subject LIKE ? GROUP BY subject", pattern).stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    private static void sendMail(String subject) {
        GreenMailUtil.sendTextEmail(MAILBOX, "kund-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se", subject,
                "Hej! " + subject, new ServerSetup(TestMailServer.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static String placeholders(List<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(","));
    }

    /** The case view's note form as the browser got it: where it posts, and its view state. */
    record NoteForm(String action, String viewState) {

        private static final Pattern FORM = Pattern.compile("<form id=\"note\"[^>]*action=\"([^\"]+)\"");
        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        static NoteForm of(String page) {
            var form = FORM.matcher(page);
            var state = VIEW_STATE.matcher(page);
            assertThat(form.find()).as("the case view has a note form").isTrue();
            assertThat(state.find()).as("the case view has a view state").isTrue();
            return new NoteForm(form.group(1).replace("&amp;", "&"), state.group(1));
        }

        Map<String, String> fields(String note) {
            return Map.of("note", "note", "note:text", note, "note:save", "note:save", "jakarta.faces.ViewState", viewState);
        }
    }
}
