package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.io.File;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Mail nobody here wrote: the test messages of a mail library that collected them from real
 * clients and bug reports (src/test/resources/mail-real, README there). Each is handed to the
 * intake byte for byte; whatever it is, it must become something — a case, an entry on one,
 * noise, or the quarantine with a reason — never an error and never nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RealMailIT {

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        var war = ItDeployment.of(RealMailIT.class);
        File[] files = new File("target/test-classes/mail-real").listFiles((dir, name) -> name.endsWith(".eml"));
        for (File f : files == null ? new File[0] : files) {
            war.addAsResource(f, "mail-real/" + f.getName());
        }
        war.addAsResource(new File("target/test-classes/mail-real/INDEX"), "mail-real/INDEX");
        return war;
    }

    @Test
    void everyRealMessageBecomesSomethingWithAReason() throws Exception {
        var box = MailChannel.newMailbox(api, "real");
        MailIntake intake = Application.lookup("java:global/ingang/ingang-ejb/MailIntake!" + MailIntake.class.getName());
        long validity = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        var outcomes = new LinkedHashMap<String, IntakeOutcome>();
        var failures = new LinkedHashMap<String, String>();
        String[] names = read("INDEX").split("\n");
        long uid = 1;
        for (String name : names) {
            byte[] raw = readBytes(name);
            try {
                outcomes.put(name, intake.ingest(box.id(), validity, uid++, raw));
            } catch (RuntimeException e) {
                failures.put(name, String.valueOf(e));
            }
        }
        var tally = new EnumMap<IntakeOutcome, Integer>(IntakeOutcome.class);
        outcomes.values().forEach(o -> tally.merge(o, 1, Integer::sum));
        System.out.println("RealMailIT: " + names.length + " messages: " + tally + "; errors: " + failures.size());
        outcomes.forEach((name, outcome) -> System.out.println("RealMailIT: " + outcome + " " + name));
        failures.forEach((name, error) -> System.out.println("RealMailIT: ERROR " + name + ": " + error));

        assertThat(failures).as("messages the intake failed on").isEmpty();
        Map<String, String> reasons = quarantineReasons(box.id());
        // Issue 15: only what has no usable sender or nothing readable at all is held; broken MIME is read leniently.
        assertThat(reasons.values()).as("each held message says why, and only for these reasons")
                .allSatisfy(r -> assertThat(r).containsAnyOf("no sender", "no usable sender", "empty message"));
        assertThat(reasons).as("one entry per held message").hasSize(tally.getOrDefault(IntakeOutcome.QUARANTINED, 0));
        reasons.forEach((uidText, reason) -> System.out.println("RealMailIT: quarantined UID " + uidText + ": " + reason));
    }

    private Map<String, String> quarantineReasons(long mailboxId) throws Exception {
        var reasons = new LinkedHashMap<String, String>();
        try (var c = database.getConnection(); var q = c.prepareStatement("SELECT uid, reason FROM mail_quarantine WHERE mailbox_id = ?")) {
            q.setLong(1, mailboxId);
            try (var rows = q.executeQuery()) {
                while (rows.next()) {
                    reasons.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return reasons;
    }

    private static String read(String name) throws IOException {
        return new String(readBytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(String name) throws IOException {
        try (var in = RealMailIT.class.getResourceAsStream("/mail-real/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
