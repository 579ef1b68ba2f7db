package se.ingang.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database of the previous release: the schema as released (migrations up to V62,
 * the last released main) with data in it, then every migration of this build, as the
 * application runs them at start-up. Nothing may be lost or changed. A plain test (no server),
 * on its own database next to the suite's (ingang_t_ops_upgrade unless -Dit.upgrade.db.name).
 */
class UpgradeIT {

    /** The schema version of the previous release. */
    static final String PREVIOUS_RELEASE = "62";

    private final String database = System.getProperty("it.upgrade.db.name", "ingang_t_ops_upgrade");
    private final String server = serverUrl(System.getProperty("it.db.url", "jdbc:mariadb://127.0.0.1:3306/ingang_test"));
    private final String user = System.getProperty("it.db.user", "root");
    private final String password = System.getProperty("it.db.password", "");

    @Test
    void aDatabaseOfThePreviousReleaseMigratesToThisOneWithItsDataIntact() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server, user, password); var s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server + database;

        var previous = flyway(url).target(MigrationVersion.fromVersion(PREVIOUS_RELEASE)).load().migrate();
        assertThat(previous.targetSchemaVersion).isEqualTo(PREVIOUS_RELEASE);
        Instant received = Instant.parse("2026-11-30T09:15:00Z");
        long caseId;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            caseId = insertReleasedData(c, received);
        }

        var current = flyway(url).load().migrate();

        assertThat(current.success).isTrue();
        assertThat(flyway(url).load().info().pending()).as("nothing left to migrate").isEmpty();
        assertThat(MigrationVersion.fromVersion(flyway(url).load().info().current().getVersion().getVersion()))
                .isGreaterThanOrEqualTo(MigrationVersion.fromVersion(PREVIOUS_RELEASE));
        try (Connection c = DriverManager.getConnection(url, user, password);
             var q = c.prepareStatement("SELECT c.case_number, c.subject, c.status, c.channel, c.received_at, c.version, "
                     + "cu.name, cu.email, cu.legal_basis, q.code, (SELECT COUNT(*) FROM timeline_entry t WHERE t.case_id = c.id), "
                     + "(SELECT body FROM timeline_entry t WHERE t.case_id = c.id ORDER BY t.id LIMIT 1), "
                     + "(SELECT COUNT(*) FROM case_deadline d WHERE d.case_id = c.id AND d.breached_at IS NOT NULL) "
                     + "FROM service_case c JOIN customer cu ON cu.id = c.customer_id JOIN queue q ON q.id = c.queue_id WHERE c.id = ?")) {
            q.setLong(1, caseId);
            try (var row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("2026-000042");
                assertThat(row.getString(2)).isEqualTo("Återbetalning av avgift – ärende från förra versionen");
                assertThat(row.getString(3)).isEqualTo("IN_PROGRESS");
                assertThat(row.getString(4)).isEqualTo("EMAIL");
                assertThat(row.getTimestamp(5).toInstant()).isEqualTo(received);
                assertThat(row.getLong(6)).isEqualTo(3);
                assertThat(row.getString(7)).isEqualTo("Åsa Öberg");
                assertThat(row.getString(8)).isEqualTo("asa.oberg@example.se");
                assertThat(row.getString(9)).isEqualTo("CASE_HANDLING");
                assertThat(row.getString(10)).isEqualTo("finance");
                assertThat(row.getLong(11)).isEqualTo(2);
                assertThat(row.getString(12)).isEqualTo("Hej! Jag vill ha tillbaka min avgift. 😊");
                assertThat(row.getLong(13)).isEqualTo(1);
            }
            phoneNumbersAreInOneFormAndPeopleWhoNowShareOneAreSuggestedNotMerged(c);
        }
    }

    /**
     * V261: "+46 (0)70 123 45 67" was stored as +460701234567 and "070-123 45 67" as +46701234567,
     * two customers for one person. Both now hold +46701234567, and the pair is suggested for a merge
     * — the migration merges nothing.
     */
    private static void phoneNumbersAreInOneFormAndPeopleWhoNowShareOneAreSuggestedNotMerged(Connection c) throws SQLException {
        long byWeb = id(c, "SELECT id FROM customer WHERE email = 'bo.ek@example.se'");
        long byPhone = id(c, "SELECT id FROM customer WHERE email IS NULL AND name = 'Bo Ek'");
        try (var q = c.prepareStatement("SELECT phone, merged_into_id FROM customer WHERE id IN (?, ?)")) {
            q.setLong(1, byWeb);
            q.setLong(2, byPhone);
            try (var rows = q.executeQuery()) {
                for (int i = 0; i < 2; i++) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("+46701234567");
                    assertThat(rows.getObject(2)).as("never merged by the migration").isNull();
                }
            }
        }
        assertThat(id(c, "SELECT COUNT(*) FROM customer WHERE name = 'Extension'")).isEqualTo(1);
        try (var q = c.prepareStatement("SELECT customer_id, other_customer_id, reason FROM customer_merge_suggestion"
                + " WHERE ? IN (customer_id, other_customer_id)")) {
            q.setLong(1, byWeb);
            try (var rows = q.executeQuery()) {
                assertThat(rows.next()).as("the pair is suggested").isTrue();
                assertThat(java.util.Set.of(rows.getLong(1), rows.getLong(2))).containsExactlyInAnyOrder(byWeb, byPhone);
                assertThat(rows.getString(3)).contains("re-normalised");
                assertThat(rows.next()).as("once").isFalse();
            }
        }
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT phone FROM customer WHERE name = 'Extension'")) {
            r.next();
            assertThat(r.getString(1)).as("no possible number: its digits, as before").isEqualTo("12345");
        }
    }

    /**
     * V191 (issue 15 item 4): the accent-insensitive collation filed jdöe@mächine.example under
     * jdoe@machine.example. The case whose mail came from the accented address moves to a record
     * of its own; the other stays; what was done is in customer_split.
     */
    @Test
    void customersMergedByTheOldCollationAreSplitByTheirRawAddresses() throws SQLException {
        String splitDatabase = database + "_split";
        try (Connection admin = DriverManager.getConnection(server, user, password); var s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + splitDatabase);
            s.execute("CREATE DATABASE " + splitDatabase + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server + splitDatabase;
        flyway(url).target(MigrationVersion.fromVersion("190")).load().migrate();
        long jdoe;
        long accentedCase;
        long plainCase;
        try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            long queue = id(c, "SELECT id FROM queue WHERE code = 'fo-study'");
            s.executeUpdate("INSERT INTO customer (name, email, customer_group, created_at, legal_basis)"
                    + " VALUES ('J Doe', 'jdoe@machine.example', 'STUDENT', UTC_TIMESTAMP(6), 'CASE_HANDLING')");
            jdoe = id(c, "SELECT id FROM customer WHERE email = 'jdoe@machine.example'");
            accentedCase = mailCase(c, "2026-000801", jdoe, queue, "jdöe@mächine.example");
            plainCase = mailCase(c, "2026-000802", jdoe, queue, "jdoe@machine.example");
        }

        assertThat(flyway(url).load().migrate().success).isTrue();

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long accented = id(c, "SELECT id FROM customer WHERE email = 'jdöe@mächine.example'");
            assertThat(accented).as("a record of its own").isNotEqualTo(jdoe);
            assertThat(id(c, "SELECT customer_id FROM service_case WHERE id = " + accentedCase)).isEqualTo(accented);
            assertThat(id(c, "SELECT customer_id FROM service_case WHERE id = " + plainCase)).as("stays").isEqualTo(jdoe);
            assertThat(id(c, "SELECT COUNT(*) FROM customer_split WHERE from_customer_id = " + jdoe + " AND new_customer_id = "
                    + accented + " AND case_id = " + accentedCase)).as("the report").isEqualTo(1);
            assertThat(id(c, "SELECT COUNT(*) FROM customer_split")).isEqualTo(1);
        }
    }

    private static long mailCase(Connection c, String number, long customer, long queue, String sender) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO service_case (version, case_number, channel, customer_id, customer_group, subject, "
                + "case_type, priority, status, front_office_id, queue_id, received_at, routed_count) "
                + "VALUES (0, ?, 'EMAIL', ?, 'STUDENT', 'Fråga', 'SUPPORT', 'NORMAL', 'NEW', ?, ?, UTC_TIMESTAMP(6), 0)")) {
            s.setString(1, number);
            s.setLong(2, customer);
            s.setLong(3, queue);
            s.setLong(4, queue);
            s.executeUpdate();
        }
        long caseId = id(c, "SELECT id FROM service_case WHERE case_number = '" + number + "'");
        try (var s = c.prepareStatement("INSERT INTO mail_message (direction, kind, message_key, case_id, sender, subject, body,"
                + " created_at, status) VALUES ('IN', 'CUSTOMER', ?, ?, ?, 'Fråga', 'Hej', UTC_TIMESTAMP(6), 'RECEIVED')")) {
            s.setString(1, "key-" + number);
            s.setLong(2, caseId);
            s.setString(3, sender);
            s.executeUpdate();
        }
        return caseId;
    }

    /** A customer, a routed case with its timeline and a breached deadline, as the released version wrote them. */
    private static long insertReleasedData(Connection c, Instant received) throws SQLException {
        long finance = id(c, "SELECT id FROM queue WHERE code = 'finance'");
        long frontOffice = id(c, "SELECT id FROM queue WHERE code = 'fo-study'");
        try (var s = c.prepareStatement("INSERT INTO customer (name, email, customer_group, created_at, legal_basis) VALUES (?, ?, 'STUDENT', ?, 'CASE_HANDLING')",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "Åsa Öberg");
            s.setString(2, "asa.oberg@example.se");
            s.setTimestamp(3, Timestamp.from(received));
            s.executeUpdate();
        }
        long customer = id(c, "SELECT id FROM customer WHERE email = 'asa.oberg@example.se'");
        // One person, two records under the old digit rule (V261 re-normalises them), and an extension.
        try (var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO customer (name, email, phone, customer_group, created_at, legal_basis) VALUES"
                    + " ('Bo Ek', 'bo.ek@example.se', '+460701234567', 'STUDENT', UTC_TIMESTAMP(6), 'CASE_HANDLING'),"
                    + " ('Bo Ek', NULL, '+46701234567', 'STUDENT', UTC_TIMESTAMP(6), 'CASE_HANDLING'),"
                    + " ('Extension', NULL, '12345', 'STAFF', UTC_TIMESTAMP(6), 'CASE_HANDLING')");
        }
        try (var s = c.prepareStatement("INSERT INTO service_case (version, case_number, channel, customer_id, customer_group, subject, "
                + "case_type, priority, status, front_office_id, queue_id, received_at, routed_count) "
                + "VALUES (3, '2026-000042', 'EMAIL', ?, 'STUDENT', ?, 'SUPPORT', 'NORMAL', 'IN_PROGRESS', ?, ?, ?, 1)")) {
            s.setLong(1, customer);
            s.setString(2, "Återbetalning av avgift – ärende från förra versionen");
            s.setLong(3, frontOffice);
            s.setLong(4, finance);
            s.setTimestamp(5, Timestamp.from(received));
            s.executeUpdate();
        }
        long caseId = id(c, "SELECT id FROM service_case WHERE case_number = '2026-000042'");
        try (var s = c.prepareStatement("INSERT INTO timeline_entry (case_id, kind, event, author, occurred_at, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, caseId);
            s.setString(2, "INBOUND_MESSAGE");
            s.setString(3, null);
            s.setString(4, "asa.oberg@example.se");
            s.setTimestamp(5, Timestamp.from(received));
            s.setString(6, "Hej! Jag vill ha tillbaka min avgift. 😊");
            s.executeUpdate();
            s.setString(2, "EVENT");
            s.setString(3, "ROUTED");
            s.setString(4, "anna");
            s.setTimestamp(5, Timestamp.from(received.plus(1, ChronoUnit.HOURS)));
            s.setString(6, null);
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("INSERT INTO case_deadline (case_id, case_number, kind, queue_code, target_seconds, warning_share, "
                + "started_at, warning_at, due_at, warned_at, breached_at) VALUES (?, '2026-000042', 'RESOLUTION', NULL, 28800, 0.8, ?, ?, ?, ?, ?)")) {
            s.setLong(1, caseId);
            s.setTimestamp(2, Timestamp.from(received));
            s.setTimestamp(3, Timestamp.from(received.plus(6, ChronoUnit.HOURS)));
            s.setTimestamp(4, Timestamp.from(received.plus(8, ChronoUnit.HOURS)));
            s.setTimestamp(5, Timestamp.from(received.plus(6, ChronoUnit.HOURS)));
            s.setTimestamp(6, Timestamp.from(received.plus(8, ChronoUnit.HOURS)));
            s.executeUpdate();
        }
        return caseId;
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return r.getLong(1);
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        // As platform.boundary.DatabaseMigration configures it.
        return Flyway.configure(UpgradeIT.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").table("flyway_schema_history")
                .javaMigrations(se.ingang.platform.boundary.DatabaseMigration.javaMigrations());
    }

    /** jdbc:mariadb://host:port/ of the suite's database URL (its own database name cut off). */
    static String serverUrl(String url) {
        return url.substring(0, url.indexOf('/', "jdbc:mariadb://".length()) + 1);
    }
}
