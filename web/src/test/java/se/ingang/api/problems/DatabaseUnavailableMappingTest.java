package se.ingang.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import se.ingang.platform.errors.NotFoundException;

/** A database that cannot be reached is 503 with a retry hint, never a 500; other SQL errors stay 500. */
class DatabaseUnavailableMappingTest {

    @Test
    void poolWithoutConnectionsIs503() {
        // What WildFly's datasource throws after the blocking timeout: SQLException around IJ000453.
        var pool = new SQLException("IJ031020: You are trying to use a connection factory that has been shut down",
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/IngangDS"));
        var thrown = new EJBException(new PersistenceException("Unable to acquire JDBC Connection", pool));

        var problem = ProblemMapping.toProblem(thrown);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).isEqualTo(ProblemMapping.SERVICE_UNAVAILABLE);
        assertThat(problem.detail()).contains("database").doesNotContain("IJ0");
    }

    @Test
    void hibernateConnectionExceptionIs503() {
        var cause = new JDBCConnectionException("could not prepare statement",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000"));

        assertThat(ProblemMapping.toProblem(new EJBTransactionRolledbackException("rolled back", cause)).status())
                .isEqualTo(503);
    }

    @Test
    void connectionSqlStatesAre503() {
        assertThat(ProblemMapping.toProblem(new PersistenceException(new SQLException("Communications link failure", "08S01"))).status())
                .isEqualTo(503);
        assertThat(ProblemMapping.toProblem(new SQLTransientConnectionException("timeout")).status()).isEqualTo(503);
    }

    @Test
    void otherSqlErrorsStayInternalErrors() {
        var problem = ProblemMapping.toProblem(new PersistenceException(new SQLSyntaxErrorException("bad SQL", "42000")));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo(ProblemMapping.INTERNAL_ERROR);
    }

    @Test
    void aDomainErrorBeforeTheCauseChainWins() {
        // The outermost known exception decides: a missing case is 404 even if a connection error is deeper down.
        var thrown = new NotFoundException("Case", "2026-000001");
        thrown.initCause(new SQLTransientConnectionException("timeout"));

        assertThat(ProblemMapping.toProblem(thrown).status()).isEqualTo(404);
    }

    @Test
    void retryAfterIsAFewSeconds() {
        assertThat(ProblemMapping.RETRY_AFTER_SECONDS).isBetween(1, 60);
    }
}
