package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.mail.boundary.IntakeOutcome;
import se.ingang.mail.boundary.MailIntake;

/**
 * Issue 15 "In": the mail corpus (src/test/resources/mail-corpus, README there) and what intake
 * makes of each message — a case, noise, or the quarantine with its reason. Each message goes
 * through the test mail server and the real poller; the ones whose raw bytes GreenMail changes
 * (8-bit header bytes become U+FFFD) are also handed to the intake byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
class MailCorpusIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        var war = ItDeployment.of(MailCorpusIT.class);
        File[] files = new File("target/test-classes/mail-corpus").listFiles();
        for (File f : files == null ? new File[0] : files) {
            war.addAsResource(f, "mail-corpus/" + f.getName());
        }
        return war;
    }

    /** One corpus message with fresh addresses, so runs and tests never share data. */
    private record Sample(String file, String from, String from2, String local, byte[] raw) {
    }

    private static Sample sample(String file, String to) {
        String run = UUID.randomUUID().toString().substring(0, 12);
        String from = "corpus-" + run + "@example.se";
        String from2 = "second-" + run + "@example.se";
        String local = "pete-" + run;
        String text = new String(resource(file), StandardCharsets.ISO_8859_1)
                .replace("{{FROM}}", from).replace("{{FROM2}}", from2).replace("{{LOCAL}}", local)
                .replace("{{RUN}}", run).replace("{{TO}}", to);
        return new Sample(file, from, from2, local, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] resource(String file) {
        try (InputStream in = MailCorpusIT.class.getResourceAsStream("/mail-corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoDifferentMessagesThatReuseOneMessageIdAreBothTakenIn() {
        var box = MailChannel.newMailbox(api, "reused-id");
        var first = sample("reused-message-id-1.eml", box.address());
        String second = first.from2();
        // The same {{RUN}}, so the same Message-ID, in both.
        byte[] other = new String(resource("reused-message-id-2.eml"), StandardCharsets.ISO_8859_1)
                .replace("{{FROM2}}", second).replace("{{TO}}", box.address())
                .replace("{{RUN}}", MessageIdRun.of(first.raw())).getBytes(StandardCharsets.ISO_8859_1);
        MailChannel.deliver(first.from(), List.of(box.address()), first.raw());
        MailChannel.deliver(second, List.of(box.address()), other);

        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 2));
        assertThat(MailChannel.casesOf(api, first.from())).as("the first").hasSize(1);
        assertThat(MailChannel.casesOf(api, second)).as("the second, with the same Message-ID").hasSize(1);
    }

    @Test
    void everyCorpusMessageThroughTheMailServerEndsAsTheExpectedOutcome() {
        var box = MailChannel.newMailbox(api, "corpus");
        var expected = expectations();
        var samples = new LinkedHashMap<String, Sample>();
        expected.keySet().forEach(file -> samples.put(file, sample(file, box.address())));
        samples.values().forEach(s -> MailChannel.deliver(s.from(), List.of(box.address()), s.raw()));

        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), samples.size()));
        var held = heldFrom(box.id());
        var failures = new java.util.ArrayList<String>();
        samples.forEach((file, s) -> {
            var outcome = expected.get(file);
            var cases = MailChannel.casesOf(api, outcome.customer(s));
            switch (outcome.kind()) {
                case NEW_CASE -> {
                    if (cases.size() != 1) {
                        failures.add(file + ": expected one case, got " + cases.size());
                    } else if (outcome.text() != null && !firstMessage(cases.get(0)).contains(outcome.text())) {
                        failures.add(file + ": text " + firstMessage(cases.get(0)));
                    }
                }
                case NOISE -> {
                    if (!cases.isEmpty()) {
                        failures.add(file + ": noise, but " + cases.size() + " case(s)");
                    }
                }
                case QUARANTINED -> {
                    if (held.stream().noneMatch(q -> q.getString("reason").contains(outcome.text()))) {
                        failures.add(file + ": not in the quarantine with '" + outcome.text() + "': " + held);
                    }
                }
                default -> throw new IllegalStateException();
            }
        });
        assertThat(failures).as("corpus messages with another outcome than expected").isEmpty();
        assertThat(held).as("only the message without a sender is held").hasSize(1);
        assertThat(mailboxHealth(box.id()).getString("status")).as("a held message makes the mailbox DEGRADED").isEqualTo("DEGRADED");
        assertThat(api.get("/api/mailboxes/health").status()).as("DEGRADED is not DOWN").isIn(200, 503);
    }

    @Test
    void eightBitHeadersAndUnlabelledBodiesReadInTheirCharsetWhenTakenInByteForByte() {
        var box = MailChannel.newMailbox(api, "charset-raw");
        var latin1 = sample("latin1-from-header.eml", box.address());
        var koi8 = sample("koi8r-no-charset.eml", box.address());

        assertThat(ingest(box.id(), latin1.raw())).isEqualTo(IntakeOutcome.NEW_CASE);
        assertThat(ingest(box.id(), koi8.raw())).isEqualTo(IntakeOutcome.NEW_CASE);

        var first = caseOf(latin1.from());
        assertThat(first.getJsonObject("customer").getString("name")).isEqualTo("Håvard Sjögren");
        assertThat(first.getString("subject")).isEqualTo("Fråga om kurs");
        assertThat(first.getJsonArray("timeline").getJsonObject(0).getString("body")).isEqualTo("Hälsningar från Örebro");
        var second = caseOf(koi8.from());
        assertThat(second.getJsonObject("customer").getString("name")).isEqualTo("Иван Петров");
        assertThat(second.getString("subject")).isEqualTo("Вопрос о дипломе");
        assertThat(second.getJsonArray("timeline").getJsonObject(0).getString("body")).startsWith("Здравствуйте! Я хотел бы узнать");
    }

    @Test
    void addressesThatDifferOnlyByAccentsAreTwoCustomers() {
        var box = MailChannel.newMailbox(api, "exact");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String plain = "jdoe-" + run + "@machine.example";
        String accented = "jdöe-" + run + "@mächine.example";
        assertThat(ingest(box.id(), utf8Mail(plain, box.address(), "Plain"))).isEqualTo(IntakeOutcome.NEW_CASE);
        assertThat(ingest(box.id(), utf8Mail(accented, box.address(), "Accented"))).isEqualTo(IntakeOutcome.NEW_CASE);

        var plainCases = MailChannel.casesOf(api, plain);
        var accentedCases = MailChannel.casesOf(api, accented);
        assertThat(plainCases).extracting(c -> c.getString("subject")).containsExactly("Plain");
        assertThat(accentedCases).extracting(c -> c.getString("subject")).containsExactly("Accented");
        assertThat(caseOf(accented).getJsonObject("customer").getString("email")).isEqualTo(accented);
    }

    /** Expected outcome per corpus file; customer: whose cases to look at. */
    private record Expected(IntakeOutcome kind, String text, java.util.function.Function<Sample, String> who) {
        String customer(Sample s) {
            return who.apply(s);
        }
    }

    private static Map<String, Expected> expectations() {
        var e = new LinkedHashMap<String, Expected>();
        e.put("mime-parameters-sloppy.eml", new Expected(IntakeOutcome.NEW_CASE, "The certificate is attached.", Sample::from));
        e.put("unknown-transfer-encoding.eml", new Expected(IntakeOutcome.NEW_CASE, "Written with an unknown transfer encoding.", Sample::from));
        e.put("x-uuencode.eml", new Expected(IntakeOutcome.NEW_CASE, "An old client sent the file uuencoded.", Sample::from));
        e.put("missing-start-boundary.eml", new Expected(IntakeOutcome.NEW_CASE, "when does the autumn term start?", Sample::from));
        e.put("bad-content-disposition.eml", new Expected(IntakeOutcome.NEW_CASE, "My application form is attached.", Sample::from));
        e.put("broken-base64-attachment.eml", new Expected(IntakeOutcome.NEW_CASE, "The picture of my student card.", Sample::from));
        e.put("koi8r-no-charset.eml", new Expected(IntakeOutcome.NEW_CASE, "Здравствуйте!", Sample::from));
        // GreenMail turns the 8-bit header bytes into U+FFFD before we see them: only the case is checked here.
        e.put("latin1-from-header.eml", new Expected(IntakeOutcome.NEW_CASE, null, Sample::from));
        e.put("from-with-comments.eml", new Expected(IntakeOutcome.NEW_CASE, "comments inside an address", s -> s.local() + "@silly.test"));
        e.put("from-with-words.eml", new Expected(IntakeOutcome.NEW_CASE, "words before the address", s -> s.local() + "@bug.test"));
        e.put("from-two-addresses.eml", new Expected(IntakeOutcome.NEW_CASE, "Two addresses in one From.", Sample::from));
        e.put("exchange-out-of-office.eml", new Expected(IntakeOutcome.NOISE, null, Sample::from));
        e.put("outlook-automatic-reply.eml", new Expected(IntakeOutcome.NOISE, null, Sample::from));
        e.put("gmail-vacation.eml", new Expected(IntakeOutcome.NOISE, null, Sample::from));
        e.put("german-out-of-office.eml", new Expected(IntakeOutcome.NOISE, null, Sample::from));
        e.put("bounce-dsn.eml", new Expected(IntakeOutcome.NOISE, null, Sample::from));
        e.put("bounce-nonstandard.eml", new Expected(IntakeOutcome.NOISE, null, Sample::from));
        e.put("no-sender.eml", new Expected(IntakeOutcome.QUARANTINED, "no usable sender", Sample::from));
        return e;
    }

    private String firstMessage(JsonObject summary) {
        return api.get("/api/cases/" + summary.getString("number")).json().getJsonArray("timeline").getJsonObject(0).getString("body");
    }

    private JsonObject caseOf(String email) {
        var cases = MailChannel.casesOf(api, email);
        assertThat(cases).as(email).hasSize(1);
        return api.get("/api/cases/" + cases.get(0).getString("number")).json();
    }

    private List<JsonObject> heldFrom(long mailboxId) {
        return MailChannel.list(api, "/api/mail-quarantine").stream()
                .filter(q -> q.containsKey("mailboxId") && !q.isNull("mailboxId") && q.getJsonNumber("mailboxId").longValue() == mailboxId)
                .toList();
    }

    private JsonObject mailboxHealth(long id) {
        var response = api.get("/api/mailboxes/health");
        return response.json().getJsonArray("mailboxes").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    /** Straight to the intake, byte for byte (as from an IMAP server that changes nothing), under a UID of its own. */
    private static IntakeOutcome ingest(long mailboxId, byte[] raw) {
        MailIntake intake = Application.lookup("java:global/ingang/ingang-ejb/MailIntake!" + MailIntake.class.getName());
        return intake.ingest(mailboxId, ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 1, raw);
    }

    private static byte[] utf8Mail(String from, String to, String subject) {
        return ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + MailChannel.uniqueMessageId()
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHej\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The run token of a corpus sample's Message-ID, so a second file can reuse exactly that id. */
    private static final class MessageIdRun {
        static String of(byte[] raw) {
            var m = java.util.regex.Pattern.compile("Message-ID: <reused-([^@]+)@").matcher(new String(raw, StandardCharsets.ISO_8859_1));
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }
}
