package se.ingang.platform.errors;

import jakarta.ejb.ApplicationException;

/** The caller acted on an old version of an aggregate: somebody else changed it first. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long expected, long actual) {
        super(what + " was changed by someone else (you had version " + expected + ", it is now " + actual + ")");
    }

    public StaleVersionException(String message) {
        super(message);
    }
}
