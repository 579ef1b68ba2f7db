package se.ingang.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness: the datasource gives a working connection and the schema is migrated. Reached by
 * WildFly through the bridge in the EAR's lib (se.ingang.health), hence the local HealthCheck view.
 * No transaction: a check must not wait for or hold one.
 */
@Stateless
@Local(HealthCheck.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealthCheck implements HealthCheck {

    public static final String NAME = "ingang-database";

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME);
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (var rows = statement.executeQuery(
                    "SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success = TRUE")) {
                rows.next();
                response.withData("schemaVersion", rows.getLong(1));
            }
            return response.up().withData("millis", (System.nanoTime() - started) / 1_000_000).build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
