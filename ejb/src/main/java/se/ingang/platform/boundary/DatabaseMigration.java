package se.ingang.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import se.ingang.customers.control.PhoneNumberRenormalisation;

/**
 * Brings the application's tables up to date with Flyway before anything uses them.
 * Runs outside a JTA transaction because Flyway commits each migration itself, and as the
 * migration user, the schema's owner: the application's own user may not change tables
 * (README "Database user").
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/IngangMigrationDS")
    DataSource dataSource;

    /** The cluster's discovery table (ear/src/main/server/cluster.cli); a node may create it before this runs. */
    static final String CLUSTER_DISCOVERY_TABLE = "JGROUPSPING";

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .javaMigrations(javaMigrations())
                // Flyway refuses a new database that already holds a table (it might be someone
                // else's); the cluster's discovery table alone still counts as a new database.
                .baselineOnMigrate(onlyClusterDiscovery())
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations run now)");
    }

    /** Migrations written in Java (a rule only a library knows), next to the SQL ones in db/migration. */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new PhoneNumberRenormalisation()};
    }

    private boolean onlyClusterDiscovery() {
        try (var connection = dataSource.getConnection();
             var tables = connection.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            boolean any = false;
            while (tables.next()) {
                if (!CLUSTER_DISCOVERY_TABLE.equalsIgnoreCase(tables.getString(1))) {
                    return false;
                }
                any = true;
            }
            return any;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the database's tables", e);
        }
    }
}
