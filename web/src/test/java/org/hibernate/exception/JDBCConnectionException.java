package org.hibernate.exception;

import java.sql.SQLException;

/** Stands in for Hibernate's connection exception (recognised by name; Hibernate is not on the class path). */
public class JDBCConnectionException extends RuntimeException {

    public JDBCConnectionException(String message, SQLException cause) {
        super(message, cause);
    }
}
