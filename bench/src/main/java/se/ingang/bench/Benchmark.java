package se.ingang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures a running Ingång over its REST API, as staff screens and integrations use it:
 * the KPI dashboard for several filters, a busy group's queue page, and case intake with N
 * concurrent clients. Prints one line per measurement (and writes them to --out).
 */
final class Benchmark {

    record Options(String base, String user, String password, int clients, int intake, int samples, LocalDate end,
                   String out, boolean skipDashboard) {

        static Options from(Map<String, String> o) {
            return new Options(o.getOrDefault("base", "http://127.0.0.1:8380"),
                    o.getOrDefault("user", Generator.BENCH_ADMIN),
                    o.getOrDefault("admin-password", "bench-password-2026"),
                    Integer.parseInt(o.getOrDefault("clients", "8")),
                    Integer.parseInt(o.getOrDefault("intake", "2000")),
                    Integer.parseInt(o.getOrDefault("samples", "40")),
                    o.containsKey("end") ? LocalDate.parse(o.get("end")) : LocalDate.now(ZoneId.of("Europe/Stockholm")),
                    o.getOrDefault("out", "bench/target/benchmark.txt"),
                    o.containsKey("skip-dashboard"));
        }
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    /** Basic for the set-up calls; the intake clients use an API token (see {@link #intake}). */
    private String authorization;
    private final List<String> lines = new ArrayList<>();

    Benchmark(Options options) {
        this.options = options;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8));
    }

    void run() throws Exception {
        if (options.skipDashboard()) {
            report("dashboard: skipped (--skip-dashboard)");
        } else {
            dashboard();
        }
        queue();
        intake();
        var out = java.nio.file.Path.of(options.out());
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        java.nio.file.Files.write(out, lines);
    }

    private void dashboard() throws Exception {
        String year = "from=" + options.end().minusDays(365) + "&to=" + options.end().minusDays(1);
        String month = "from=" + options.end().minusDays(30) + "&to=" + options.end().minusDays(1);
        String[][] filters = {
                {"whole year, no filter", year},
                {"last 30 days, no filter", month},
                {"last 7 days, no filter", "from=" + options.end().minusDays(7) + "&to=" + options.end().minusDays(1)},
                {"whole year, frontOffice=fo-study", year + "&frontOffice=fo-study"},
                {"whole year, group=admissions", year + "&group=admissions"},
                {"whole year, channel=EMAIL&customerGroup=STUDENT", year + "&channel=EMAIL&customerGroup=STUDENT"},
                {"last 30 days, caseType=FAULT_REPORT", month + "&caseType=FAULT_REPORT"},
        };
        HttpResponse<String> probe;
        try {
            probe = get("/api/reports/kpis?" + year);
        } catch (IOException e) {
            report("dashboard: FAILED — the first GET /api/reports/kpis (whole year) did not answer: " + e);
            return;
        }
        if (probe.statusCode() == 404) {
            report("dashboard: SKIPPED — GET /api/reports/kpis answers 404 (the KPI endpoint is not in this build)");
            return;
        }
        if (probe.statusCode() != 200) {
            report("dashboard: FAILED — GET /api/reports/kpis answered HTTP " + probe.statusCode() + " " + probe.body());
            return;
        }
        waitForFigures();
        for (String[] f : filters) {
            measure("dashboard " + f[0], "/api/reports/kpis?" + f[1]);
        }
    }

    /**
     * After an upgrade (or the generator's bulk load) the server works out every case's figures in
     * the background; the dashboards are measured once that is done, and how long it took is reported.
     */
    private void waitForFigures() throws Exception {
        String yesterday = "/api/reports/kpis?from=" + options.end().minusDays(1) + "&to=" + options.end().minusDays(1);
        long t0 = System.nanoTime();
        long first = -1;
        while (true) {
            var r = get(yesterday);
            expectOk(r, yesterday);
            var m = java.util.regex.Pattern.compile("\"pendingCases\"\\s*:\\s*(\\d+)").matcher(r.body());
            long pending = m.find() ? Long.parseLong(m.group(1)) : 0;
            if (first < 0) {
                first = pending;
            }
            if (pending == 0) {
                break;
            }
            System.out.printf("[bench] figures pending for %,d cases (%.0f s)%n", pending, (System.nanoTime() - t0) / 1e9);
            Thread.sleep(10_000);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report(String.format("dashboard figures: %,d cases were pending when measuring started; all worked out after %.0f s",
                first, seconds));
    }

    private void queue() throws Exception {
        String[][] pages = {
                {"queue admissions IN_PROGRESS, sort DUE", "/api/cases?queue=admissions&status=IN_PROGRESS&sort=DUE&size=25"},
                {"queue admissions IN_PROGRESS, sort NEWEST", "/api/cases?queue=admissions&status=IN_PROGRESS&sort=NEWEST&size=25"},
                {"queue admissions IN_PROGRESS, sort PRIORITY", "/api/cases?queue=admissions&status=IN_PROGRESS&sort=PRIORITY&size=25"},
                {"queue fo-study NEW, sort OLDEST", "/api/cases?queue=fo-study&status=NEW&sort=OLDEST&size=25"},
                {"group admissions, any status, newest (API default)", "/api/cases?queue=admissions&size=25"},
                {"all cases, newest (API default)", "/api/cases?size=25"},
                {"my cases admissions-01 RESOLVED, newest", "/api/cases?assignee=admissions-01&status=RESOLVED&size=25"},
                {"queue admissions CLOSED, newest, page 20", "/api/cases?queue=admissions&status=CLOSED&sort=NEWEST&size=25&page=20"},
        };
        for (String[] p : pages) {
            measure(p[0], p[1]);
        }
    }

    private void measure(String name, String path) throws Exception {
        try {
            timed(name, path);
        } catch (IllegalStateException | IOException e) {
            report(String.format("%-55s FAILED: %s", name, e.getMessage()));
        }
    }

    private void timed(String name, String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            expectOk(get(path), path);
        }
        long[] nanos = new long[options.samples()];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            expectOk(get(path), path);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        report(String.format("%-55s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (n=%d)", name, ms(pct(nanos, 50)),
                ms(pct(nanos, 95)), ms(nanos[nanos.length - 1]), nanos.length));
    }

    /**
     * Case intake with N clients, authenticated as an integration would be: with an API token
     * (README "API tokens"), made here with the administrator's password and revoked afterwards.
     * With HTTP Basic every request would also pay the password's PBKDF2 (about 0.3 s of a core)
     * and the figure would measure that instead of the intake.
     */
    private void intake() throws Exception {
        String basic = authorization;
        var created = http.send(request("/api/api-tokens").header("Content-Type", "application/json")
                .header("X-Requested-By", "bench").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"benchmark intake\",\"scopes\":[\"ADMINISTRATOR\"],\"expiresInDays\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/api-tokens: HTTP " + created.statusCode() + " " + created.body());
        }
        var secret = java.util.regex.Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        if (!secret.find() || !id.find()) {
            throw new IllegalStateException("no token in " + created.body());
        }
        authorization = "Bearer " + secret.group(1);
        try {
            intakeClients();
        } finally {
            authorization = basic;
            http.send(request("/api/api-tokens/" + id.group(1)).header("X-Requested-By", "bench").DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private void intakeClients() throws Exception {
        String[] channels = {"EMAIL", "WEB", "PHONE", "VISIT"};
        String[] topics = {"admission", "exams", "it-account", "premises-fault", "invoices", "other"};
        var next = new AtomicInteger();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<String>();
        var done = new CountDownLatch(options.clients());
        long run = System.nanoTime();
        for (int c = 0; c < options.clients(); c++) {
            new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < options.intake()) {
                        String body = String.format("{\"channel\":\"%s\",\"subject\":\"Benchmark %d\",\"message\":"
                                        + "\"Hej! Fråga nummer %d från benchmarken.\",\"topic\":\"%s\",\"customer\":"
                                        + "{\"name\":\"Bench Kund %d\",\"email\":\"intake-%d-%d@bench.example.org\"}}",
                                channels[i % 4], i, i, topics[i % topics.length], i, run, i);
                        long t0 = System.nanoTime();
                        var r = http.send(request("/api/cases").header("Content-Type", "application/json")
                                .header("X-Requested-By", "bench").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() != 201) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    failures.add(e.toString());
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - run) / 1e9;
        long[] nanos = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        report(String.format("intake %d cases, %d clients: %.1f cases/s; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                        + "%d failed%s", options.intake(), options.clients(), (nanos.length - failures.size()) / seconds,
                ms(pct(nanos, 50)), ms(pct(nanos, 95)), ms(nanos[nanos.length - 1]), failures.size(),
                failures.isEmpty() ? "" : " (first: " + failures.peek() + ")"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(options.base() + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expectOk(HttpResponse<String> r, String path) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private void report(String line) {
        System.out.println("[bench] " + line);
        lines.add(line);
    }
}
