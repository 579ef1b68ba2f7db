package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connection everything uses at run time (README "Database user") reads and writes rows and
 * can do nothing else: an injected statement, should one ever get through, can neither change
 * the schema nor touch the server's users. Whatever a probe made on a server where it could
 * (the old root connection) is removed again.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseUserIT {

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(DatabaseUserIT.class);
    }

    @Test
    void theApplicationIsNotRoot() throws SQLException {
        try (var c = database.getConnection(); var s = c.createStatement();
             var user = s.executeQuery("SELECT CURRENT_USER()")) {
            user.next();
            assertThat(user.getString(1)).as("the application's database user").doesNotStartWith("root@");
        }
    }

    @Test
    void theApplicationCannotChangeTheSchema() throws SQLException {
        String table = "probe_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = database.getConnection(); var s = c.createStatement()) {
            try {
                assertThatThrownBy(() -> s.execute("CREATE TABLE " + table + " (id INT)"))
                        .as("CREATE TABLE").isInstanceOf(SQLException.class).hasMessageContaining("denied");
                // Refused before MariaDB even looks whether the table exists.
                assertThatThrownBy(() -> s.execute("DROP TABLE IF EXISTS " + table))
                        .as("DROP TABLE").isInstanceOf(SQLException.class).hasMessageContaining("denied");
            } finally {
                cleanUp(s, "DROP TABLE IF EXISTS " + table);
            }
        }
    }

    @Test
    void theApplicationCannotTouchTheServersUsers() throws SQLException {
        String user = "probe_" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = database.getConnection(); var s = c.createStatement()) {
            try {
                assertThatThrownBy(() -> s.executeQuery("SELECT user, host FROM mysql.user").close())
                        .as("reading mysql.user").isInstanceOf(SQLException.class).hasMessageContaining("denied");
                assertThatThrownBy(() -> s.execute("CREATE USER '" + user + "'@'localhost'"))
                        .as("CREATE USER").isInstanceOf(SQLException.class).hasMessageContaining("denied");
                assertThatThrownBy(() -> s.execute("GRANT ALL PRIVILEGES ON *.* TO CURRENT_USER()"))
                        .as("GRANT").isInstanceOf(SQLException.class).hasMessageContaining("denied");
            } finally {
                cleanUp(s, "DROP USER IF EXISTS '" + user + "'@'localhost'");
            }
        }
    }

    private static void cleanUp(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException refused) {
            // refused as it should be: the probe made nothing
        }
    }
}
