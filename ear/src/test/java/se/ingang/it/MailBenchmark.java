package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.entity.Case;

/**
 * Not a test that times anything: a measurement. Pushes N mails (-Dingang.benchmark.mails,
 * default 200) through the test mail server into one mailbox polled every second, and reports
 * mails/s ingested and p50/p95 seconds from delivery to the case being in the queue.
 * Run with the mail-benchmark profile (docs/benchmarks.md); the figures go to the server
 * log and to ear/target/mail-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
class MailBenchmark {

    private static final Logger LOG = Logger.getLogger(MailBenchmark.class.getName());

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailBenchmark.class);
    }

    @Test
    void pushMailsAndMeasureIntake() throws Exception {
        int n = Integer.getInteger("ingang.benchmark.mails", 200);
        var box = MailChannel.newMailbox(api, "bench");
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Instant> delivered = new HashMap<>();
        Instant start = Instant.now();
        for (int i = 0; i < n; i++) {
            String sender = run + "-" + i + "@example.se";
            String subject = run + " mail " + i;
            MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), subject,
                    MailChannel.uniqueMessageId(), "Hej, detta är mätbrev nummer " + i + " – åäö."));
            delivered.put(subject, Instant.now());
        }
        Instant allDelivered = Instant.now();

        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() -> ours(run, n).size() == n);
        var offset = Application.clock().offset();
        var latencies = new ArrayList<Double>();
        Instant lastInQueue = start;
        for (Case c : ours(run, n)) {
            Instant inQueue = c.getReceivedAt().minus(offset);
            latencies.add(Duration.between(delivered.get(c.getSubject()), inQueue).toMillis() / 1000.0);
            if (inQueue.isAfter(lastInQueue)) {
                lastInQueue = inQueue;
            }
        }
        latencies.sort(Double::compare);
        double seconds = Duration.between(start, lastInQueue).toMillis() / 1000.0;
        String report = String.format(Locale.ROOT,
                "mail benchmark: %d mails, delivered in %.1f s, all in the queue after %.1f s: %.1f mails/s ingested;"
                        + " delivery -> in queue p50 %.2f s, p95 %.2f s, max %.2f s%n",
                n, Duration.between(start, allDelivered).toMillis() / 1000.0, seconds, n / seconds,
                percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1));
        LOG.info(report);
        Files.writeString(Path.of(System.getProperty("jboss.home.dir"), "..", "mail-benchmark.txt"), report, StandardCharsets.UTF_8);
        assertThat(latencies).hasSize(n);
    }

    private static List<Case> ours(String run, int n) {
        return Application.cases().list(new CaseQuery("fo-registry", null, null, null, CaseQuery.Sort.NEWEST, 0, n + 500))
                .cases().stream().filter(c -> c.getSubject().startsWith(run + " ")).toList();
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
