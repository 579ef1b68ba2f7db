package se.ingang.it.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.ingang.organisation.control.PasswordHashing;

/**
 * The database the test nodes share, read and prepared over JDBC from the test (never through
 * a node, so what it shows is what was committed). The URL names the database; it is dropped
 * and made anew for each run.
 */
final class TestDatabase {

    final String url;
    final String name;
    private final String user;
    private final String password;

    TestDatabase(String url, String user, String password) {
        this.url = url;
        this.name = url.substring(url.lastIndexOf('/') + 1);
        this.user = user;
        this.password = password;
    }

    static TestDatabase fromSystemProperties(String urlProperty) {
        return new TestDatabase(System.getProperty(urlProperty), System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", ""));
    }

    /** The same server, another database (e.g. a restore target). */
    TestDatabase sibling(String otherName) {
        return new TestDatabase(url.substring(0, url.lastIndexOf('/') + 1) + otherName, user, password);
    }

    void recreate() {
        try (var c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1), user, password);
             var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** An administrator who can log in (after the first node has created the schema); cheap hashing, test only. */
    void addAdministrator(String username, String pw) {
        var hash = PasswordHashing.hash(pw, 1000);
        update("INSERT INTO staff_user (username, display_name, email, password_hash, password_salt, password_iterations, active)"
                + " VALUES (?, 'Cluster test administrator', 'it-cluster@example.edu', ?, ?, ?, TRUE)",
                username, hash.hash(), hash.salt(), hash.iterations());
        update("INSERT INTO staff_role (staff_user_id, role) SELECT id, 'ADMINISTRATOR' FROM staff_user WHERE username = ?", username);
    }

    int update(String sql, Object... parameters) {
        try (var c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows as arrays of column values. */
    List<Object[]> rows(String sql, Object... parameters) {
        try (var c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var r = s.executeQuery()) {
                var rows = new ArrayList<Object[]>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    var row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single value of a query (null when no row). */
    Object value(String sql, Object... parameters) {
        var rows = rows(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    long count(String sql, Object... parameters) {
        return ((Number) value(sql, parameters)).longValue();
    }
}
