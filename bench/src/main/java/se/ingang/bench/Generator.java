package se.ingang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;

/**
 * Fills a MariaDB database with a large university's year of customer service: customers,
 * cases over all channels with their timelines, SLA deadlines with outcomes, surveys, call
 * records and callbacks. The schema comes from the application's own Flyway migrations (so it
 * never drifts); rows go in with LOAD DATA LOCAL INFILE in chunks, loaded by a second thread
 * while the next chunk is generated. The same seed and end date give the same data.
 *
 * <p>Generated cases have no Camunda process instance: closed and resolved cases are history;
 * open ones show in queues, dashboards and search, but cannot be moved on (see README).
 */
final class Generator {

    /** What to generate and where. */
    record Options(String serverUrl, String user, String password, String database, long cases, long calls,
                   long seed, LocalDate end, int days, boolean recreate, Path migrations, String adminPassword,
                   int adminIterations) {

        String databaseUrl() {
            return serverUrl + "/" + database;
        }
    }

    /** What was written and how fast. */
    record Report(Map<String, Long> rows, long millis) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        double rowsPerSecond() {
            return totalRows() * 1000.0 / Math.max(1, millis);
        }

        @Override
        public String toString() {
            var sb = new StringBuilder();
            rows.forEach((t, n) -> sb.append(String.format("  %-24s %,12d%n", t, n)));
            sb.append(String.format("  %-24s %,12d rows in %.1f s: %,.0f rows/s%n", "total", totalRows(),
                    millis / 1000.0, rowsPerSecond()));
            return sb.toString();
        }
    }

    static final int CHUNK_CASES = 20_000;
    static final String BENCH_ADMIN = "bench-admin";
    static final String BENCH_MANAGER = "bench-manager";
    /** How long a resolved case may be reopened by a reply before it closes (INGANG_REOPEN_WINDOW default). */
    static final int REOPEN_DAYS = 14;

    private static final String[] CHANNELS = {"EMAIL", "WEB", "PHONE", "VISIT"};
    private static final double[] CHANNEL_WEIGHTS = {0.38, 0.24, 0.30, 0.08};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "HIGH", "URGENT"};
    private static final double[] PRIORITY_WEIGHTS = {0.08, 0.80, 0.10, 0.02};
    private static final String[] TOPICS = {"it-account", "it-network", "it-software", "telephony",
            "premises-access", "premises-fault", "equipment", "admission", "exams", "degree", "tuition-fees",
            "official-documents", "invoices", "employment", "media", "other"};
    private static final double[] TOPIC_WEIGHTS = {8, 4, 4, 2, 4, 4, 2, 14, 10, 4, 3, 3, 4, 3, 1, 6};
    private static final Map<String, String> GROUP_OF_TOPIC = Map.ofEntries(
            Map.entry("it-account", "it-service-desk"), Map.entry("it-network", "it-service-desk"),
            Map.entry("it-software", "it-service-desk"), Map.entry("telephony", "it-service-desk"),
            Map.entry("premises-access", "facilities"), Map.entry("premises-fault", "facilities"),
            Map.entry("equipment", "facilities"), Map.entry("admission", "admissions"),
            Map.entry("tuition-fees", "admissions"), Map.entry("exams", "examinations"),
            Map.entry("degree", "examinations"), Map.entry("invoices", "finance"), Map.entry("employment", "hr"),
            Map.entry("media", "communications"), Map.entry("official-documents", "registry"),
            Map.entry("other", "registry"));
    private static final String[] SURVEY_COMMENTS = {"Snabbt och vänligt!", "Bra hjälp, tack.",
            "Det tog för lång tid.", "Fick inget svar på min egentliga fråga.", "Great service", null, null, null};

    private final Options options;
    private final SplittableRandom rnd;
    private final Map<String, Long> queueIds = new HashMap<>();
    private final Map<String, Long> topicIds = new HashMap<>();
    private final Map<String, String> frontOfficeOfTopic = new HashMap<>();
    private final Map<String, List<String>> agents = new LinkedHashMap<>();
    private final Map<String, Long> phoneQueueOfFrontOffice = new HashMap<>();
    private final Map<String, String> phoneNumberOfFrontOffice = new HashMap<>();
    private final List<String> backOffices = new ArrayList<>();
    private final Map<String, Long> written = new LinkedHashMap<>();

    // Customers so far (for repeat contacts): id, group and phone by index.
    private long[] customerIds = new long[1 << 16];
    private String[] customerGroups = new String[1 << 16];
    private int customers;
    private final Set<String> callbackKeys = new HashSet<>();
    private final Map<Integer, Long> lastSequenceOfYear = new HashMap<>();

    private long nextCustomer;
    private long nextCase;
    private long nextEntry;
    private long nextDeadline;
    private long nextSurvey;
    private long nextCall;
    private long nextCallback;
    private long nextAttempt;

    private final TsvTable customer = new TsvTable("customer", "id, name, email, phone, customer_group, created_at");
    private final TsvTable serviceCase = new TsvTable("service_case", "id, case_number, channel, customer_id, "
            + "customer_group, subject, case_type, topic_id, priority, status, front_office_id, queue_id, assignee, "
            + "resolved_at_first_contact, received_at, first_response_at, resolved_at, closed_at, routed_count, due_at");
    private final TsvTable timeline = new TsvTable("timeline_entry",
            "id, case_id, kind, event, author, occurred_at, body, detail");
    private final TsvTable deadline = new TsvTable("case_deadline", "id, case_id, case_number, kind, queue_code, "
            + "target_seconds, warning_share, started_at, warning_at, due_at, paused_at, met_at, cancelled_at, "
            + "warned_at, breached_at");
    private final TsvTable survey = new TsvTable("survey",
            "id, case_id, case_number, token_hash, recipient, created_at, sent_at, answered_at, score, comment");
    private final TsvTable call = new TsvTable("call_record", "id, call_id, phone_queue_id, started_at, "
            + "caller_number, called_number, outcome, wait_seconds, duration_seconds, agent, source, recorded_at, case_id");
    private final TsvTable callback = new TsvTable("phone_callback", "id, caller_number, call_date, phone_queue_id, "
            + "case_id, missed_calls, attempts, created_at, resolved_at");
    private final TsvTable attempt = new TsvTable("phone_callback_attempt",
            "id, callback_id, attempted_at, outcome, agent, note");
    private final List<TsvTable> tables = List.of(customer, serviceCase, timeline, deadline, survey, call, callback,
            attempt);

    Generator(Options options) {
        this.options = options;
        this.rnd = new SplittableRandom(options.seed());
    }

    Report run() throws Exception {
        long started = System.nanoTime();
        prepareDatabase();
        migrate();
        try (Connection db = connect(); Connection loader = connect()) {
            readOrganisation(db);
            addStaff(db);
            addPhoneQueues(db);
            startIds(db);
            List<String[]> fullText = dropFullTextIndexes(db);
            try (var st = loader.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            Path dir = Files.createTempDirectory("ingang-bench");
            ExecutorService load = Executors.newSingleThreadExecutor();
            try {
                generateYear(dir, load, loader);
            } finally {
                load.shutdown();
            }
            log("re-creating full-text indexes");
            for (String[] ix : fullText) {
                try (var st = db.createStatement()) {
                    st.execute("CREATE FULLTEXT INDEX " + ix[1] + " ON " + ix[0] + " (" + ix[2] + ")");
                }
            }
            finish(db);
            Files.deleteIfExists(dir);
        }
        return new Report(written, (System.nanoTime() - started) / 1_000_000);
    }

    // --- database -------------------------------------------------------------------------

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(options.databaseUrl() + "?allowLocalInfile=true&rewriteBatchedStatements=true",
                options.user(), options.password());
    }

    private void prepareDatabase() throws SQLException {
        if (!options.database().matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name: letters, digits and _ only: " + options.database());
        }
        try (Connection server = DriverManager.getConnection(options.serverUrl() + "/", options.user(), options.password());
             var st = server.createStatement()) {
            boolean exists;
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '"
                    + options.database() + "'")) {
                rs.next();
                exists = rs.getInt(1) > 0;
            }
            if (exists && options.recreate()) {
                log("dropping and re-creating database " + options.database() + " (--recreate)");
                st.execute("DROP DATABASE " + options.database());
                exists = false;
            }
            if (exists) {
                try (var rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                        + options.database() + "'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new IllegalStateException("database " + options.database()
                                + " is not empty: pass --recreate to drop it first (everything in it is lost)");
                    }
                }
            } else {
                st.execute("CREATE DATABASE " + options.database() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    /** The application's own migrations (ejb module), so the schema is exactly the one Ingång expects. */
    private void migrate() {
        var result = Flyway.configure()
                .dataSource(options.databaseUrl(), options.user(), options.password())
                .locations("filesystem:" + options.migrations().toAbsolutePath())
                .table("flyway_schema_history")
                .load()
                .migrate();
        log("schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run)");
    }

    private void readOrganisation(Connection db) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery("SELECT id, code, kind FROM queue ORDER BY id")) {
            while (rs.next()) {
                queueIds.put(rs.getString(2), rs.getLong(1));
                if (rs.getString(3).equals("BACK_OFFICE")) {
                    backOffices.add(rs.getString(2));
                }
            }
        }
        try (var st = db.createStatement(); var rs = st.executeQuery(
                "SELECT t.id, t.code, q.code FROM topic t JOIN queue q ON q.id = t.front_office_id")) {
            while (rs.next()) {
                topicIds.put(rs.getString(2), rs.getLong(1));
                frontOfficeOfTopic.put(rs.getString(2), rs.getString(3));
            }
        }
        for (String t : TOPICS) {
            if (!topicIds.containsKey(t) || !queueIds.containsKey(GROUP_OF_TOPIC.get(t))) {
                throw new IllegalStateException("the migrations no longer have topic or group for " + t);
            }
        }
    }

    /** Agents per queue (members, so queues and "my cases" look real), a manager and the benchmark's administrator. */
    private void addStaff(Connection db) throws SQLException {
        try (var user = db.prepareStatement("INSERT INTO staff_user (username, display_name, email, active, present, "
                + "password_hash, password_salt, password_iterations) VALUES (?, ?, ?, TRUE, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS);
             var role = db.prepareStatement("INSERT INTO staff_role (staff_user_id, role) VALUES (?, ?)");
             var member = db.prepareStatement("INSERT INTO queue_membership (staff_user_id, queue_id) VALUES (?, ?)")) {
            for (var q : queueIds.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                boolean front = q.getKey().startsWith("fo-");
                int n = front ? 12 : 8;
                var names = new ArrayList<String>();
                for (int i = 1; i <= n; i++) {
                    String username = String.format("%s-%02d", q.getKey(), i);
                    long id = insertUser(user, username, null, i % 3 != 0);
                    role.setLong(1, id);
                    role.setString(2, front ? "AGENT" : "HANDLER");
                    role.executeUpdate();
                    member.setLong(1, id);
                    member.setLong(2, q.getValue());
                    member.executeUpdate();
                    names.add(username);
                }
                agents.put(q.getKey(), names);
            }
            var hash = PasswordHashes.scramSha256(options.adminPassword(), options.adminIterations(), options.seed());
            for (String[] special : new String[][]{{BENCH_ADMIN, "ADMINISTRATOR"}, {BENCH_MANAGER, "MANAGER"}}) {
                long id = insertUser(user, special[0], hash, true);
                role.setLong(1, id);
                role.setString(2, special[1]);
                role.executeUpdate();
            }
        }
    }

    private static long insertUser(java.sql.PreparedStatement user, String username, String[] hash, boolean present)
            throws SQLException {
        user.setString(1, username);
        user.setString(2, username);
        user.setString(3, username + "@bench.example.edu");
        user.setBoolean(4, present);
        user.setString(5, hash == null ? null : hash[0]);
        user.setString(6, hash == null ? null : hash[1]);
        if (hash == null) {
            user.setNull(7, java.sql.Types.INTEGER);
        } else {
            user.setInt(7, Integer.parseInt(hash[2]));
        }
        user.executeUpdate();
        try (var keys = user.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void addPhoneQueues(Connection db) throws SQLException {
        String[][] lines = {{"fo-study", "Studieservice", "+46812340100"}, {"fo-it", "IT-support", "+46812340200"},
                {"fo-registry", "Växeln", "+46812340000"}, {"fo-premises", "Fastighetsjouren", "+46812340300"}};
        try (var ps = db.prepareStatement("INSERT INTO phone_queue (code, name, phone_number, front_office_id) "
                + "VALUES (?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (String[] l : lines) {
                ps.setString(1, "bench-" + l[0]);
                ps.setString(2, l[1]);
                ps.setString(3, l[2]);
                ps.setLong(4, queueIds.get(l[0]));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    phoneQueueOfFrontOffice.put(l[0], keys.getLong(1));
                    phoneNumberOfFrontOffice.put(l[0], l[2]);
                }
            }
        }
    }

    private void startIds(Connection db) throws SQLException {
        nextCustomer = maxId(db, "customer") + 1;
        nextCase = maxId(db, "service_case") + 1;
        nextEntry = maxId(db, "timeline_entry") + 1;
        nextDeadline = maxId(db, "case_deadline") + 1;
        nextSurvey = maxId(db, "survey") + 1;
        nextCall = maxId(db, "call_record") + 1;
        nextCallback = maxId(db, "phone_callback") + 1;
        nextAttempt = maxId(db, "phone_callback_attempt") + 1;
    }

    private static long maxId(Connection db, String table) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Full-text indexes slow bulk loading badly; they are dropped and made again, exactly as they were. */
    private static List<String[]> dropFullTextIndexes(Connection db) throws SQLException {
        var found = new ArrayList<String[]>();
        try (var st = db.createStatement(); var rs = st.executeQuery("SELECT TABLE_NAME, INDEX_NAME, "
                + "GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_TYPE = 'FULLTEXT' "
                + "AND TABLE_NAME IN ('service_case', 'timeline_entry', 'customer') GROUP BY TABLE_NAME, INDEX_NAME")) {
            while (rs.next()) {
                found.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        var tables = new java.util.TreeSet<String>();
        for (String[] ix : found) {
            try (var st = db.createStatement()) {
                st.execute("ALTER TABLE " + ix[0] + " DROP INDEX " + ix[1]);
            }
            tables.add(ix[0]);
        }
        // Without its index a table keeps InnoDB's hidden FTS_DOC_ID column, and rows loaded then are not
        // found by the index made later. Rebuilding the (still empty) table removes the column; creating
        // the index after the load adds it back, numbered right.
        for (String table : tables) {
            try (var st = db.createStatement()) {
                st.execute("ALTER TABLE " + table + " FORCE");
            }
        }
        return found;
    }

    private void finish(Connection db) throws SQLException {
        try (var ps = db.prepareStatement("INSERT INTO case_number_counter (counter_year, last_value) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, VALUES(last_value))")) {
            for (var e : lastSequenceOfYear.entrySet()) {
                ps.setInt(1, e.getKey());
                ps.setLong(2, e.getValue());
                ps.executeUpdate();
            }
        }
        try (var st = db.createStatement()) {
            st.execute("ANALYZE TABLE customer, service_case, timeline_entry, case_deadline, survey, call_record, "
                    + "phone_callback, phone_callback_attempt");
        }
    }

    // --- the year ---------------------------------------------------------------------------

    private void generateYear(Path dir, ExecutorService load, Connection loader) throws Exception {
        LocalDate first = options.end().minusDays(options.days());
        double[] caseWeights = new double[options.days()];
        double[] callWeights = new double[options.days()];
        for (int i = 0; i < options.days(); i++) {
            LocalDate d = first.plusDays(i);
            caseWeights[i] = YearModel.dayWeight(d);
            callWeights[i] = YearModel.isWeekend(d) ? 0 : YearModel.dayWeight(d);
        }
        int[] casesPerDay = YearModel.spread(options.cases(), caseWeights);
        int[] callsPerDay = YearModel.spread(options.calls(), callWeights);
        LocalDateTime end = options.end().atStartOfDay();
        Future<?> loading = null;
        int inChunk = 0;
        for (int i = 0; i < options.days(); i++) {
            LocalDate day = first.plusDays(i);
            int linkedCalls = generateDay(day, casesPerDay[i], end);
            backgroundCalls(day, Math.max(0, callsPerDay[i] - linkedCalls), end);
            inChunk += casesPerDay[i];
            if (inChunk >= CHUNK_CASES || i == options.days() - 1) {
                var batches = new ArrayList<TsvTable.Batch>();
                for (TsvTable t : tables) {
                    written.merge(t.table, (long) t.count(), Long::sum);
                    batches.add(t.take(dir));
                }
                if (loading != null) {
                    loading.get();
                }
                LocalDate shown = day;
                loading = load.submit(() -> {
                    for (var b : batches) {
                        b.load(loader);
                    }
                    log("loaded up to " + shown);
                    return null;
                });
                inChunk = 0;
            }
        }
        if (loading != null) {
            loading.get();
        }
    }

    /** The day's cases, in order of arrival (so case numbers grow with time). Returns the calls linked to them. */
    private int generateDay(LocalDate day, int count, LocalDateTime end) {
        boolean weekend = YearModel.isWeekend(day);
        String[] channels = new String[count];
        int[] seconds = new int[count];
        for (int i = 0; i < count; i++) {
            channels[i] = weekend ? (rnd.nextInt(100) < 61 ? "EMAIL" : "WEB") : CHANNELS[YearModel.pick(CHANNEL_WEIGHTS, rnd)];
            seconds[i] = YearModel.secondOfDay(channels[i], rnd);
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(seconds[a], seconds[b]));
        double load = YearModel.load(day);
        double[] topicWeights = topicWeights(day);
        int linked = 0;
        for (int i : order) {
            LocalDateTime received = day.atStartOfDay().plusSeconds(seconds[i]).plusNanos(rnd.nextInt(1000) * 1000L);
            if (!received.isBefore(end)) {
                continue;
            }
            linked += generateCase(received, channels[i], TOPICS[YearModel.pick(topicWeights, rnd)], load, end);
        }
        return linked;
    }

    /** Applications before the deadlines, accounts and access cards at term start. */
    private static double[] topicWeights(LocalDate day) {
        double[] w = TOPIC_WEIGHTS.clone();
        double admissions = Math.max(peak(day, 0), peak(day, 1));
        double termStart = Math.max(peak(day, 2), peak(day, 3));
        w[7] *= 1 + 3 * admissions;
        w[10] *= 1 + 2 * admissions;
        w[0] *= 1 + 2.5 * termStart;
        w[4] *= 1 + 2 * termStart;
        w[8] *= 1 + termStart;
        return w;
    }

    private static double peak(LocalDate d, int which) {
        var p = YearModel.PEAKS[which];
        long distance = Long.MAX_VALUE;
        for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
            distance = Math.min(distance, Math.abs(ChronoUnit.DAYS.between(d, p.day().atYear(y))));
        }
        return Math.exp(-0.5 * Math.pow(distance / p.widthDays(), 2));
    }

    private String customerGroupFor(String topic) {
        int x = rnd.nextInt(100);
        return switch (topic) {
            case "admission", "tuition-fees" -> x < 60 ? "PROSPECTIVE_STUDENT" : x < 90 ? "STUDENT" : "OTHER";
            case "media" -> x < 70 ? "MEDIA" : "PUBLIC";
            case "official-documents" -> x < 40 ? "PUBLIC" : x < 60 ? "PUBLIC_AUTHORITY" : x < 70 ? "MEDIA" : "OTHER";
            case "invoices" -> x < 30 ? "PARTNER" : x < 60 ? "STUDENT" : x < 80 ? "PUBLIC" : "STAFF";
            case "employment", "telephony", "equipment" -> x < 80 ? "STAFF" : "PUBLIC";
            case "it-account", "it-network", "it-software", "premises-access", "premises-fault" ->
                    x < 55 ? "STUDENT" : x < 95 ? "STAFF" : "OTHER";
            default -> x < 60 ? "STUDENT" : x < 75 ? "STAFF" : x < 90 ? "PUBLIC" : "OTHER";
        };
    }

    /** A new customer (60 %) or a returning one; returns its index. */
    private int customerFor(String topic, LocalDateTime at) {
        if (customers > 100 && rnd.nextInt(100) < 40) {
            int window = Math.min(customers, 200_000);
            return customers - 1 - rnd.nextInt(window);
        }
        if (customers == customerIds.length) {
            customerIds = java.util.Arrays.copyOf(customerIds, customers * 2);
            customerGroups = java.util.Arrays.copyOf(customerGroups, customers * 2);
        }
        long id = nextCustomer++;
        String group = customerGroupFor(topic);
        String first = Texts.FIRST[rnd.nextInt(Texts.FIRST.length)];
        String last = Texts.LAST[rnd.nextInt(Texts.LAST.length)];
        customer.row(id, first + " " + last, email(id), phone(id), group, at);
        customerIds[customers] = id;
        customerGroups[customers] = group;
        return customers++;
    }

    private static String email(long customerId) {
        return "c" + customerId + "@bench.example.org";
    }

    /** A Swedish mobile number per customer, unique (7919 is prime, so the mapping does not repeat). */
    private static String phone(long customerId) {
        return "+467" + (10_000_000 + (customerId * 7919) % 90_000_000);
    }

    private String agentOf(String queue) {
        List<String> list = agents.get(queue);
        return list.get(rnd.nextInt(list.size()));
    }

    private double logNormal(double median, double sigma) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        double normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return median * Math.exp(sigma * normal);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean by(LocalDateTime t, LocalDateTime end) {
        return t != null && !t.isAfter(end);
    }

    private void entry(long caseId, String kind, String event, String author, LocalDateTime at, String body,
                       String detail, LocalDateTime end) {
        if (by(at, end)) {
            timeline.row(nextEntry++, caseId, kind, event, author, at, body, detail);
        }
    }

    /** One case from arrival to (perhaps) closing, as far as it got by {@code end}. Returns calls linked to it. */
    private int generateCase(LocalDateTime received, String channel, String topic, double load, LocalDateTime end) {
        long caseId = nextCase++;
        int year = received.getYear();
        long sequence = lastSequenceOfYear.merge(year, 1L, Long::sum);
        String number = String.format("%04d-%06d", year, sequence);
        int customerIndex = customerFor(topic, received);
        long customerId = customerIds[customerIndex];
        String customerGroup = customerGroups[customerIndex];
        String frontOffice = frontOfficeOfTopic.get(topic);
        String group = GROUP_OF_TOPIC.get(topic);
        String priority = PRIORITIES[YearModel.pick(PRIORITY_WEIGHTS, rnd)];
        int t = rnd.nextInt(100);
        String type = switch (topic) {
            case "premises-fault", "it-network" -> t < 55 ? "FAULT_REPORT" : t < 96 ? "SUPPORT" : "FEEDBACK";
            case "equipment", "it-software", "degree" -> t < 45 ? "ORDER" : t < 96 ? "SUPPORT" : "FEEDBACK";
            default -> t < 8 ? "ORDER" : t < 96 ? "SUPPORT" : "FEEDBACK";
        };
        String callerPhone = phone(customerId);
        String callbackKey = callerPhone + received.toLocalDate();
        boolean isCallback = channel.equals("PHONE") && rnd.nextInt(100) < 20 && callbackKeys.add(callbackKey);
        if (isCallback) {
            type = "CALLBACK";
        }
        boolean live = (channel.equals("PHONE") || channel.equals("VISIT")) && !isCallback;
        String subject = Texts.subject(topic, rnd);
        String firstName = Texts.FIRST[rnd.nextInt(Texts.FIRST.length)];
        SlaTargets sla = SlaTargets.of(priority, customerGroup, type, channel);

        // First contact: answered at once (phone, desk), or after a while in business time.
        int fcrPercent = switch (channel) {
            case "PHONE" -> isCallback ? 78 : 84;
            case "VISIT" -> 88;
            case "EMAIL" -> 66;
            default -> 62;
        } - (type.equals("FAULT_REPORT") ? 30 : 0);
        boolean fcr = rnd.nextInt(100) < fcrPercent;
        String foAgent = agentOf(frontOffice);
        LocalDateTime firstResponse;
        if (live) {
            firstResponse = received.plusSeconds(90 + rnd.nextInt(780));
        } else if (isCallback) {
            firstResponse = BusinessTime.add(received, (long) logNormal(1800 * load, 0.8));
        } else {
            firstResponse = BusinessTime.add(received, (long) logNormal(1.5 * 3600 * load, 0.9));
        }
        LocalDateTime routedAt = null;
        LocalDateTime reroutedAt = null;
        String handlingGroup = null;
        String finalGroup = null;
        boolean transferred = false;
        boolean returned = false;
        LocalDateTime waitStart = null;
        LocalDateTime answeredAt = null;
        LocalDateTime reminderAt = null;
        LocalDateTime autoClosedAt = null;
        LocalDateTime resolved;
        String groupAgent = null;
        if (fcr) {
            resolved = firstResponse;
        } else {
            routedAt = live ? firstResponse : BusinessTime.add(received, (long) logNormal(0.75 * 3600 * load, 0.9));
            firstResponse = live || rnd.nextInt(100) < 60 ? routedAt : null;
            handlingGroup = group;
            finalGroup = group;
            int turn = rnd.nextInt(100);
            transferred = turn < 8;
            returned = turn >= 8 && turn < 11;
            long handling = (long) logNormal(7 * 3600 * load, 1.0);
            if (rnd.nextInt(1000) < 4) {
                handling *= 25; // stuck: the long tail of the backlog
            }
            LocalDateTime handlingFrom = routedAt;
            if (transferred || returned) {
                reroutedAt = BusinessTime.add(routedAt, (long) logNormal(3 * 3600, 0.8));
                if (transferred) {
                    do {
                        finalGroup = backOffices.get(rnd.nextInt(backOffices.size()));
                    } while (finalGroup.equals(group));
                }
                handlingFrom = returned ? BusinessTime.add(reroutedAt, 1800) : reroutedAt;
            }
            groupAgent = agentOf(finalGroup);
            resolved = BusinessTime.add(handlingFrom, handling);
            if (rnd.nextInt(100) < 15) {
                waitStart = BusinessTime.add(handlingFrom, handling / 3);
                if (firstResponse == null) {
                    firstResponse = waitStart;
                }
                if (rnd.nextInt(100) < 20) {
                    reminderAt = BusinessTime.add(waitStart, 5 * 9 * 3600L);
                    autoClosedAt = BusinessTime.add(waitStart, 10 * 9 * 3600L);
                    resolved = null;
                } else {
                    long waited = (long) logNormal(1.5 * 86400, 0.8);
                    answeredAt = waitStart.plusSeconds(waited);
                    resolved = resolved.plusSeconds(waited);
                }
            }
            if (firstResponse == null) {
                firstResponse = resolved;
            }
        }
        LocalDateTime closed = autoClosedAt != null ? autoClosedAt : resolved.plusDays(REOPEN_DAYS);

        // Where the case stands at the end of the generated year.
        boolean routedByEnd = by(routedAt, end);
        String status;
        if (by(closed, end)) {
            status = "CLOSED";
        } else if (by(resolved, end)) {
            status = "RESOLVED";
        } else if (fcr ? true : !routedByEnd) {
            status = "NEW";
        } else if (by(waitStart, end) && (answeredAt == null || answeredAt.isAfter(end))) {
            status = "WAITING_FOR_CUSTOMER";
        } else {
            status = "IN_PROGRESS";
        }
        boolean open = status.equals("NEW") || status.equals("IN_PROGRESS") || status.equals("WAITING_FOR_CUSTOMER");
        String queue = frontOffice;
        int routedCount = 0;
        if (routedByEnd) {
            queue = group;
            routedCount = 1;
            if (by(reroutedAt, end)) {
                queue = finalGroup;
                routedCount = 2;
            }
        }
        String assignee = status.equals("NEW") ? null : routedByEnd ? groupAgent : foAgent;
        if (status.equals("IN_PROGRESS") && rnd.nextInt(100) < 20) {
            assignee = null;
        }

        // Deadlines: the customer's (first response, resolution) and the internal legs.
        LocalDateTime frDue = BusinessTime.add(received, sla.firstResponse());
        LocalDateTime resDue = BusinessTime.add(received, sla.resolution());
        if (answeredAt != null && by(answeredAt, end)) {
            resDue = resDue.plusSeconds(java.time.Duration.between(waitStart, answeredAt).getSeconds());
        }
        boolean waitingNow = status.equals("WAITING_FOR_CUSTOMER");
        deadlineRow(caseId, number, "FIRST_RESPONSE", null, sla.firstResponse(), sla.warningShare(), received,
                frDue, null, firstResponse, null, end);
        deadlineRow(caseId, number, "RESOLUTION", null, sla.resolution(), sla.warningShare(), received, resDue,
                waitingNow ? waitStart : null, resolved, autoClosedAt, end);
        deadlineRow(caseId, number, "TRIAGE", frontOffice, sla.triage(), sla.warningShare(), received,
                BusinessTime.add(received, sla.triage()), null, fcr ? resolved : routedAt, null, end);
        if (routedByEnd) {
            LocalDateTime firstLegEnd = reroutedAt != null ? reroutedAt : null;
            deadlineRow(caseId, number, "HANDLING", group, sla.handling(), sla.warningShare(), routedAt,
                    BusinessTime.add(routedAt, sla.handling()), null, firstLegEnd == null ? resolved : null,
                    firstLegEnd != null ? firstLegEnd : autoClosedAt, end);
            if (by(reroutedAt, end)) {
                deadlineRow(caseId, number, "HANDLING", finalGroup, sla.handling(), sla.warningShare(), reroutedAt,
                        BusinessTime.add(reroutedAt, sla.handling()), null, resolved, autoClosedAt, end);
            }
        }
        LocalDateTime dueAt = null;
        if (open && !waitingNow) {
            dueAt = by(firstResponse, end) ? resDue : min(frDue, resDue);
        }

        serviceCase.row(caseId, number, channel, customerId, customerGroup, subject, type, topicIds.get(topic), priority,
                status, queueIds.get(frontOffice), queueIds.get(queue), assignee, fcr && !status.equals("NEW"),
                received, by(firstResponse, end) ? firstResponse : null, by(resolved, end) ? resolved : null,
                by(closed, end) ? closed : null, routedCount, dueAt);

        // The timeline, as the application writes it.
        String customerEmail = email(customerId);
        entry(caseId, "INBOUND_MESSAGE", null, customerEmail, received, Texts.message(subject, firstName, rnd),
                "via " + channel, end);
        entry(caseId, "EVENT", "REGISTERED", "system", received, null, number + " in " + frontOffice, end);
        if (routedAt != null) {
            if (firstResponse.equals(routedAt) && !live) {
                entry(caseId, "OUTBOUND_MESSAGE", null, foAgent, routedAt, Texts.reply(rnd), null, end);
            }
            entry(caseId, "EVENT", "ROUTED", foAgent, routedAt, null, frontOffice + " → " + group, end);
            if (transferred) {
                entry(caseId, "EVENT", "TRANSFERRED", agentOf(group), reroutedAt, "Hör till er", group + " → " + finalGroup, end);
            } else if (returned) {
                entry(caseId, "EVENT", "RETURNED_TO_FRONT_OFFICE", agentOf(group), reroutedAt, "Fel grupp",
                        group + " → " + frontOffice, end);
                entry(caseId, "EVENT", "ROUTED", foAgent, reroutedAt.plusSeconds(1800), null,
                        frontOffice + " → " + finalGroup, end);
            }
            if (!status.equals("NEW") && groupAgent.equals(assignee) || !open) {
                entry(caseId, "EVENT", "ASSIGNED", groupAgent, (reroutedAt != null ? reroutedAt : routedAt).plusSeconds(1200),
                        null, groupAgent, end);
            }
            if (waitStart != null) {
                entry(caseId, "OUTBOUND_MESSAGE", null, groupAgent, waitStart, "Kan du berätta lite mer?", null, end);
                entry(caseId, "EVENT", "WAITING_FOR_CUSTOMER", groupAgent, waitStart, null, null, end);
                if (answeredAt != null) {
                    entry(caseId, "INBOUND_MESSAGE", null, customerEmail, answeredAt, "Här kommer mer information.", null, end);
                    entry(caseId, "EVENT", "RESUMED", "system", answeredAt, null, null, end);
                } else {
                    entry(caseId, "OUTBOUND_MESSAGE", null, "system", reminderAt, "Påminnelse", "reminder", end);
                    entry(caseId, "EVENT", "REMINDER_SENT", "system", reminderAt, null, null, end);
                    entry(caseId, "EVENT", "AUTO_CLOSED", "system", autoClosedAt, null, "no answer from the customer", end);
                }
            }
        }
        if (resolved != null) {
            String by = fcr ? foAgent : groupAgent;
            if (live && fcr) {
                entry(caseId, "INTERNAL_NOTE", null, by, resolved, "Besvarat i " + (channel.equals("PHONE") ? "telefon" : "disken"), null, end);
            } else {
                entry(caseId, "OUTBOUND_MESSAGE", null, by, resolved, Texts.reply(rnd), null, end);
            }
            entry(caseId, "EVENT", "RESOLVED", by, resolved, null, fcr ? "at first contact" : null, end);
        }
        if (autoClosedAt == null) {
            entry(caseId, "EVENT", "CLOSED", "system", closed, null, null, end);
        }
        if (firstResponse.isAfter(frDue)) {
            entry(caseId, "EVENT", "SLA_BREACHED", "system", frDue, null, "FIRST_RESPONSE", end);
        }
        if (resolved != null ? resolved.isAfter(resDue) : autoClosedAt == null || autoClosedAt.isAfter(resDue)) {
            if (!waitingNow) {
                entry(caseId, "EVENT", "SLA_BREACHED", "system", resDue, null, "RESOLUTION", end);
            }
        }

        // The satisfaction survey, sent when a case closes (not when closed for lack of answer).
        if (autoClosedAt == null && by(closed, end) && rnd.nextInt(100) < 45) {
            boolean answered = rnd.nextInt(100) < 30;
            LocalDateTime answeredSurvey = closed.plusSeconds((long) logNormal(20 * 3600, 1.0));
            answered = answered && by(answeredSurvey, end);
            int score = 1 + YearModel.pick(new double[]{6, 7, 15, 32, 40}, rnd);
            // No link is ever mailed for these, so the token hash only has to be unique and repeatable.
            survey.row(nextSurvey++, caseId, number, "%016x%048x".formatted(options.seed(), caseId),
                    customerEmail, closed, closed, answered ? answeredSurvey : null, answered ? score : null,
                    answered ? SURVEY_COMMENTS[rnd.nextInt(SURVEY_COMMENTS.length)] : null);
        }

        // Calls: the answered call a phone case came from; the missed calls and callback of a callback case.
        if (channel.equals("PHONE")) {
            long pq = phoneQueueOfFrontOffice.get(frontOffice);
            String line = phoneNumberOfFrontOffice.get(frontOffice);
            if (!isCallback) {
                int wait = (int) Math.min(1800, logNormal(40 * load * load, 0.8));
                LocalDateTime start = received.minusSeconds(wait);
                int duration = (int) Math.max(20, java.time.Duration.between(received, firstResponse).getSeconds());
                callRow(pq, start, callerPhone, line, "ANSWERED", wait, duration, foAgent, caseId);
                return 1;
            }
            int missed = 1 + YearModel.pick(new double[]{70, 22, 8}, rnd);
            for (int m = 0; m < missed; m++) {
                LocalDateTime at = received.minusSeconds((long) (missed - 1 - m) * (300 + rnd.nextInt(1500)));
                callRow(pq, at, callerPhone, line, "MISSED", 30 + rnd.nextInt(600), 0, null, caseId);
            }
            long callbackId = nextCallback++;
            boolean reachedFirst = rnd.nextInt(100) < 80;
            LocalDateTime second = firstResponse.plusSeconds(3600 + rnd.nextInt(7200));
            int attempts = !by(firstResponse, end) ? 0 : reachedFirst || !by(second, end) ? 1 : 2;
            LocalDateTime reached = reachedFirst ? firstResponse : second;
            callback.row(callbackId, callerPhone, received.toLocalDate(), pq, caseId, missed, attempts, received,
                    by(reached, end) && attempts > 0 ? reached : null);
            if (attempts >= 1) {
                attempt.row(nextAttempt++, callbackId, firstResponse, reachedFirst ? "RESOLVED" : "NO_ANSWER", foAgent,
                        null);
            }
            if (attempts == 2) {
                attempt.row(nextAttempt++, callbackId, second, "RESOLVED", foAgent, null);
            }
            return missed;
        }
        return 0;
    }

    private void deadlineRow(long caseId, String number, String kind, String queueCode, long target, double share,
                             LocalDateTime started, LocalDateTime due, LocalDateTime pausedAt, LocalDateTime met,
                             LocalDateTime cancelled, LocalDateTime end) {
        if (!by(started, end)) {
            return;
        }
        LocalDateTime warning = BusinessTime.add(started, (long) (target * share));
        LocalDateTime metAt = by(met, end) ? met : null;
        LocalDateTime cancelledAt = metAt == null && by(cancelled, end) ? cancelled : null;
        LocalDateTime stop = metAt != null ? metAt : cancelledAt != null ? cancelledAt : end;
        LocalDateTime paused = metAt == null && cancelledAt == null ? pausedAt : null;
        boolean warned = paused == null ? warning.isBefore(stop) : warning.isBefore(paused);
        boolean breached = paused == null ? due.isBefore(stop) : due.isBefore(paused);
        deadline.row(nextDeadline++, caseId, number, kind, queueCode, target, share, started, warning, due, paused,
                metAt, cancelledAt, warned ? warning : null, breached ? due : null);
    }

    private void callRow(long phoneQueue, LocalDateTime start, String caller, String line, String outcome, int wait,
                         int duration, String agent, Long caseId) {
        long id = nextCall++;
        String source = id % 10 < 7 ? "CSV" : "CTI";
        call.row(id, "bench-" + options.seed() + "-" + id, phoneQueue, start, caller, line, outcome, wait, duration,
                agent, source, start.plusSeconds(wait + duration + 60), caseId);
    }

    /** Calls that did not become cases: answered and done at once, or missed and never called back. */
    private void backgroundCalls(LocalDate day, int count, LocalDateTime end) {
        double load = YearModel.load(day);
        String[] fronts = {"fo-study", "fo-it", "fo-registry", "fo-premises"};
        double[] shares = {40, 25, 20, 15};
        double missedShare = Math.min(0.35, 0.07 * load * load);
        for (int i = 0; i < count; i++) {
            LocalDateTime start = day.atStartOfDay().plusSeconds(YearModel.secondOfDay("PHONE", rnd));
            if (!start.isBefore(end)) {
                continue;
            }
            String fo = fronts[YearModel.pick(shares, rnd)];
            boolean missed = rnd.nextDouble() < missedShare;
            String caller = rnd.nextInt(100) < 10 ? null : "+467" + (10_000_000 + rnd.nextInt(90_000_000));
            int wait = (int) Math.min(1800, logNormal(40 * load * load, 0.9));
            int duration = missed ? 0 : (int) Math.min(3600, logNormal(240, 0.7));
            callRow(phoneQueueOfFrontOffice.get(fo), start, caller, phoneNumberOfFrontOffice.get(fo),
                    missed ? "MISSED" : "ANSWERED", wait, duration, missed ? null : agentOf(fo), null);
        }
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
