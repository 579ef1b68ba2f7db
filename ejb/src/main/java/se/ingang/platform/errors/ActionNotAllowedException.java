package se.ingang.platform.errors;

import jakarta.ejb.ApplicationException;

/** The action is valid in general but not in the aggregate's current state. */
@ApplicationException(rollback = true)
public class ActionNotAllowedException extends RuntimeException {

    public ActionNotAllowedException(String message) {
        super(message);
    }
}
