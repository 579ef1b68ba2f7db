package se.ingang.api.problems;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises "the database cannot be reached" among the exceptions a request may end with, so it
 * becomes 503 with Retry-After instead of a 500. Recognised: the pool could not give a connection
 * (IronJacamar's ResourceException, e.g. IJ000453 after the blocking timeout), JDBC connection
 * errors (SQLState class 08, the driver's connection exceptions), and the persistence provider's
 * connection exception (by name: Hibernate is not on our class path).
 */
final class DatabaseFailures {

    private static final Set<String> CONNECTION_EXCEPTION_CLASSES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException");

    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (CONNECTION_EXCEPTION_CLASSES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
