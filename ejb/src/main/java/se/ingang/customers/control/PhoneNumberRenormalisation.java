package se.ingang.customers.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import se.ingang.customers.entity.PhoneNumberForm;

/**
 * Migration V261 (issue 18 item 5): every stored phone number in the form libphonenumber gives
 * ({@link PhoneNumberForm}), where the old digit rule stored "+46 (0)70 123 45 67" as
 * +460701234567 and "070-123 45 67" as +46701234567 — one person, two customers. Customers who
 * then share a number are suggested for a merge (customer_merge_suggestion), never merged: two
 * people may share a phone. A number whose new form another row of a unique column already holds
 * (a phone queue, a callback of that day) keeps its old form, with a warning. Java, because the
 * rule is libphonenumber's; registered by platform.boundary.DatabaseMigration.
 */
public class PhoneNumberRenormalisation implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(PhoneNumberRenormalisation.class.getName());

    static final String REASON = "same phone number after the numbers were re-normalised (V261)";

    /** Tables and columns that hold a phone number in the stored form. */
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"customer", "phone"},
            new String[] {"call_record", "caller_number"},
            new String[] {"call_record", "called_number"},
            new String[] {"phone_queue", "phone_number"},
            new String[] {"phone_callback", "caller_number"});

    /** What the migration did, as its log line says. */
    public record Report(int numbersChanged, int rowsChanged, int keptForUniqueness, int suggestions) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("261");
    }

    @Override
    public String getDescription() {
        return "renormalise phone numbers";
    }

    @Override
    public Integer getChecksum() {
        return 261;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var report = renormalise(context.getConnection());
        LOG.info(() -> "V261 phone numbers: " + report.numbersChanged() + " numbers in a new form (" + report.rowsChanged()
                + " rows), " + report.keptForUniqueness() + " kept in the old form (unique), " + report.suggestions()
                + " merges suggested (SELECT * FROM customer_merge_suggestion)");
    }

    public static Report renormalise(Connection connection) throws SQLException {
        int numbers = 0;
        int rows = 0;
        int kept = 0;
        Set<String> customerNumbers = new LinkedHashSet<>();
        for (String[] column : COLUMNS) {
            for (var change : changes(connection, column[0], column[1]).entrySet()) {
                try (var update = connection.prepareStatement(
                        "UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE " + column[1] + " = ?")) {
                    update.setString(1, change.getValue());
                    update.setString(2, change.getKey());
                    rows += update.executeUpdate();
                    numbers++;
                    if (column[0].equals("customer")) {
                        customerNumbers.add(change.getValue());
                    }
                } catch (SQLIntegrityConstraintViolationException e) {
                    kept++;
                    LOG.warning(() -> "V261: " + column[0] + "." + column[1] + " keeps a number in its old form: its new form "
                            + "is already another row's (" + e.getMessage() + ")");
                }
            }
        }
        return new Report(numbers, rows, kept, suggestMerges(connection, customerNumbers));
    }

    /** Old form → new form, for every stored value that changes. */
    private static Map<String, String> changes(Connection connection, String table, String column) throws SQLException {
        var changes = new LinkedHashMap<String, String>();
        try (var query = connection.createStatement();
             var values = query.executeQuery("SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")) {
            while (values.next()) {
                String old = values.getString(1);
                String renewed = PhoneNumberForm.normaliseOrNull(old);
                if (renewed != null && !renewed.equals(old)) {
                    changes.put(old, renewed);
                }
            }
        }
        return changes;
    }

    /** Live records that now share one of the changed numbers, pairwise with the oldest of them. */
    private static int suggestMerges(Connection connection, Set<String> numbers) throws SQLException {
        int suggested = 0;
        for (String number : numbers) {
            var ids = new ArrayList<Long>();
            try (var query = connection.prepareStatement("SELECT id FROM customer WHERE phone = ? AND merged_into_id IS NULL"
                    + " AND erased_at IS NULL ORDER BY id")) {
                query.setString(1, number);
                try (var found = query.executeQuery()) {
                    while (found.next()) {
                        ids.add(found.getLong(1));
                    }
                }
            }
            for (int i = 1; i < ids.size(); i++) {
                try (var insert = connection.prepareStatement("INSERT IGNORE INTO customer_merge_suggestion"
                        + " (customer_id, other_customer_id, reason, suggested_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))")) {
                    insert.setLong(1, ids.get(0));
                    insert.setLong(2, ids.get(i));
                    insert.setString(3, REASON);
                    suggested += insert.executeUpdate();
                }
            }
        }
        return suggested;
    }
}
