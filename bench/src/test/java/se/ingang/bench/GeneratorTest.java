package se.ingang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates a small year (2,000 cases) into the bench test database (bench.test.db.url, emptied
 * first) and checks what the benchmarks rely on: counts, the mix, seasonality, business hours,
 * referential integrity (the loader switches foreign key checks off) and that the application's
 * own queries and migrations accept the result. Needs the MariaDB the integration tests use.
 */
class GeneratorTest {

    static final String URL = System.getProperty("bench.test.db.url", "jdbc:mariadb://127.0.0.1:3306/ingang_t_bench");
    static final LocalDate END = LocalDate.of(2026, 12, 1);
    static Generator.Report report;

    static Generator.Options options() {
        int slash = URL.lastIndexOf('/');
        return new Generator.Options(URL.substring(0, slash), System.getProperty("bench.test.db.user", "root"),
                System.getProperty("bench.test.db.password", ""), URL.substring(slash + 1), 2000, 4000, 7, END, 365,
                true, migrations(), "bench-password-2026", 4096);
    }

    static Path migrations() {
        return Path.of(System.getProperty("bench.migrations", "../ejb/src/main/resources/db/migration"));
    }

    @BeforeAll
    static void generate() throws Exception {
        report = new Generator(options()).run();
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(URL, options().user(), options().password());
    }

    static long count(String sql) throws SQLException {
        try (var db = db(); var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double number(String sql) throws SQLException {
        try (var db = db(); var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    @Test
    void writesTheRequestedCasesWithTheirHistory() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM service_case")).isEqualTo(2000);
        assertThat(count("SELECT COUNT(*) FROM call_record")).isGreaterThanOrEqualTo(4000);
        assertThat(count("SELECT COUNT(*) FROM timeline_entry")).isGreaterThan(4 * 2000);
        assertThat(count("SELECT COUNT(*) FROM case_deadline")).isGreaterThan(3 * 2000);
        assertThat(count("SELECT COUNT(*) FROM phone_callback")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM survey WHERE score IS NOT NULL")).isPositive();
        assertThat(report.rows().get("service_case")).isEqualTo(2000);
        assertThat(report.rowsPerSecond()).isPositive();
    }

    @Test
    void mixLooksLikeAUniversity() throws SQLException {
        assertThat(count("SELECT COUNT(DISTINCT channel) FROM service_case")).isEqualTo(4);
        assertThat(number("SELECT AVG(resolved_at_first_contact) FROM service_case")).isBetween(0.6, 0.8);
        assertThat(count("SELECT COUNT(*) FROM service_case WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER')"))
                .as("open backlog").isPositive();
        assertThat(count("SELECT COUNT(*) FROM service_case WHERE status = 'CLOSED'")).isGreaterThan(1500);
        assertThat(number("SELECT AVG(breached_at IS NOT NULL) FROM case_deadline WHERE kind = 'FIRST_RESPONSE'"))
                .as("first-response breaches").isBetween(0.02, 0.4);
        assertThat(count("SELECT COUNT(*) FROM timeline_entry WHERE event IN ('TRANSFERRED', 'RETURNED_TO_FRONT_OFFICE')"))
                .isPositive();
    }

    @Test
    void peaksBeforeApplicationDeadlinesAndAtTermStart() throws SQLException {
        double april = perDay("2026-04-06", "2026-04-15");
        double october = perDay("2026-10-06", "2026-10-15");
        double august = perDay("2026-08-20", "2026-08-31");
        double ordinary = perDay("2026-03-02", "2026-03-13");
        double july = perDay("2026-07-06", "2026-07-17");
        assertThat(april).isGreaterThan(1.5 * ordinary);
        assertThat(october).isGreaterThan(1.5 * ordinary);
        assertThat(august).isGreaterThan(1.5 * ordinary);
        assertThat(july).isLessThan(0.6 * ordinary);
    }

    private static double perDay(String from, String to) throws SQLException {
        return number("SELECT COUNT(*) / (DATEDIFF('" + to + "', '" + from + "') + 1) FROM service_case "
                + "WHERE received_at >= '" + from + "' AND received_at < DATE_ADD('" + to + "', INTERVAL 1 DAY)");
    }

    @Test
    void mostContactsArriveInBusinessHoursAndPhonesOnlyThen() throws SQLException {
        String local = "CONVERT_TZ(received_at, '+00:00', '+01:00')";
        assertThat(number("SELECT AVG(HOUR(" + local + ") BETWEEN 7 AND 16 AND WEEKDAY(" + local + ") < 5) "
                + "FROM service_case")).isGreaterThan(0.6);
        assertThat(count("SELECT COUNT(*) FROM service_case WHERE channel = 'PHONE' AND WEEKDAY(" + local + ") >= 5"))
                .isZero();
    }

    @Test
    void everyReferenceLeadsSomewhere() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM service_case c LEFT JOIN customer u ON u.id = c.customer_id WHERE u.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM timeline_entry t LEFT JOIN service_case c ON c.id = t.case_id WHERE c.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_deadline d LEFT JOIN service_case c ON c.id = d.case_id WHERE c.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM call_record r LEFT JOIN service_case c ON c.id = r.case_id "
                + "WHERE r.case_id IS NOT NULL AND c.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM phone_callback_attempt a LEFT JOIN phone_callback b ON b.id = a.callback_id WHERE b.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM service_case c JOIN case_number_counter n "
                + "ON n.counter_year = CAST(LEFT(c.case_number, 4) AS INT) WHERE CAST(SUBSTRING(c.case_number, 6) AS INT) > n.last_value"))
                .as("new case numbers do not collide with generated ones").isZero();
    }

    @Test
    void theApplicationsQueriesAndMigrationsAcceptIt() throws SQLException {
        // The staff queue (Cases.list): a group's cases in progress, earliest deadline first, and the count.
        String queue = "FROM service_case c JOIN queue q ON q.id = c.queue_id WHERE q.code = 'admissions' AND c.status = 'CLOSED'";
        assertThat(count("SELECT COUNT(*) " + queue)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM (SELECT c.id " + queue
                + " ORDER BY CASE WHEN c.due_at IS NULL THEN 1 ELSE 0 END, c.due_at, c.id LIMIT 25) page")).isEqualTo(25);
        assertThat(count("SELECT COUNT(*) FROM service_case WHERE status IN ('NEW', 'IN_PROGRESS') AND due_at IS NULL"))
                .as("open cases carry their earliest deadline").isZero();
        // Full-text search (CaseSearch) over the re-created index.
        assertThat(count("SELECT COUNT(*) FROM service_case WHERE MATCH(subject) AGAINST ('lösenordet' IN NATURAL LANGUAGE MODE)"))
                .isPositive();
        // The application validates the schema history at start-up: it must see its own migrations.
        Flyway.configure().dataSource(URL, options().user(), options().password())
                .locations("filesystem:" + migrations().toAbsolutePath()).table("flyway_schema_history")
                .load().validate();
    }

    @Test
    void theSameSeedGivesTheSameYear() throws Exception {
        long first = count("SELECT SUM(CRC32(CONCAT_WS('|', case_number, channel, status, received_at, queue_id, assignee))) FROM service_case");
        new Generator(options()).run();
        long second = count("SELECT SUM(CRC32(CONCAT_WS('|', case_number, channel, status, received_at, queue_id, assignee))) FROM service_case");
        assertThat(second).isEqualTo(first);
    }
}
