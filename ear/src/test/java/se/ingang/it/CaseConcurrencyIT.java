package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concurrent requests: numbers stay unique, and of two edits of one version only one wins. */
@ExtendWith(ArquillianExtension.class)
class CaseConcurrencyIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CaseConcurrencyIT.class);
    }

    @Test
    void fiftyConcurrentCreationsGetFiftyDistinctNumbers() throws Exception {
        var responses = concurrently(50, () -> api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "other")));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        var numbers = new HashSet<String>();
        responses.forEach(r -> numbers.add(r.json().getString("number")));
        assertThat(numbers).hasSize(50);
        assertThat(numbers).allMatch(number -> api.get("/api/cases/" + number).status() == 200);
    }

    @Test
    void ofTwoConcurrentUpdatesOfOneCaseOneWinsAndTheOtherGetsConflict() throws Exception {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();
        String number = created.getString("number");
        var triage = Contacts.withVersion(created).add("outcome", "ROUTE").build();
        var resolve = Contacts.withVersion(created).add("outcome", "RESOLVE").add("reply", "Svar.").build();

        var responses = concurrently(2, List.of(
                () -> api.post("/api/cases/" + number + "/triage", triage),
                () -> api.post("/api/cases/" + number + "/triage", resolve)));

        var statuses = responses.stream().map(Api.Response::status).sorted().toList();
        assertThat(statuses).as(responses.toString()).containsExactly(200, 409);
        var conflict = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/cases/" + number).json().getJsonNumber("version").longValue())
                .isGreaterThan(created.getJsonNumber("version").longValue());
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();
        String number = created.getString("number");
        api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created).add("outcome", "ROUTE").build());

        var stale = api.post("/api/cases/" + number + "/transfer",
                Contacts.withVersion(created).add("group", "finance").build());

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(api.get("/api/cases/" + number).json().getString("queue")).isEqualTo("examinations");
    }

    private static List<Api.Response> concurrently(int times, Callable<Api.Response> call) throws Exception {
        var calls = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return concurrently(times, calls);
    }

    /** Runs the calls on their own threads, released together, and waits for all answers. */
    private static List<Api.Response> concurrently(int threads, List<Callable<Api.Response>> calls) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<Api.Response>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var responses = new ArrayList<Api.Response>();
            for (var future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
