package se.ingang.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** ./bench.sh generate|run [--option value …]: see the README section "Benchmark data and benchmarks". */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("help")) {
            System.out.println(USAGE);
            return;
        }
        Map<String, String> o = options(args);
        switch (args[0]) {
            case "generate" -> {
                var report = new Generator(generatorOptions(o)).run();
                System.out.println("[bench] generated into " + o.getOrDefault("db", "ingang_bench") + ":");
                System.out.print(report);
            }
            case "run" -> new Benchmark(Benchmark.Options.from(o)).run();
            default -> {
                System.err.println("unknown command " + args[0] + "\n" + USAGE);
                System.exit(2);
            }
        }
    }

    static Generator.Options generatorOptions(Map<String, String> o) {
        long cases = Long.parseLong(o.getOrDefault("cases", "1000000"));
        return new Generator.Options(
                o.getOrDefault("server", "jdbc:mariadb://127.0.0.1:3306"),
                o.getOrDefault("user", "root"),
                o.getOrDefault("password", ""),
                o.getOrDefault("db", "ingang_bench"),
                cases,
                Long.parseLong(o.getOrDefault("calls", Long.toString(2 * cases))),
                Long.parseLong(o.getOrDefault("seed", "42")),
                o.containsKey("end") ? LocalDate.parse(o.get("end")) : LocalDate.now(ZoneId.of("Europe/Stockholm")),
                Integer.parseInt(o.getOrDefault("days", "365")),
                o.containsKey("recreate"),
                Path.of(o.getOrDefault("migrations", System.getProperty("bench.migrations",
                        "ejb/src/main/resources/db/migration"))),
                o.getOrDefault("admin-password", "bench-password-2026"),
                Integer.parseInt(o.getOrDefault("admin-iterations", "4096")));
    }

    static Map<String, String> options(String[] args) {
        var o = new HashMap<String, String>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                o.put(name, args[++i]);
            } else {
                o.put(name, "true");
            }
        }
        return o;
    }

    static final String USAGE = """
            ./bench.sh generate [--cases 1000000] [--calls 2×cases] [--db ingang_bench] [--seed 42]
                                [--end YYYY-MM-DD (default today; the year before it is generated)] [--days 365]
                                [--recreate (drop the database first)] [--server jdbc:mariadb://127.0.0.1:3306]
                                [--user root] [--password ''] [--admin-password bench-password-2026]
                                [--admin-iterations 4096]
            ./bench.sh run      [--db ingang_bench] [--offset 300] [--clients 8] [--intake 2000] [--samples 40] [--skip-dashboard]
                                (starts the built WildFly on the database, measures, stops it)
            """;
}
