package se.ingang.platform.errors;

import jakarta.ejb.ApplicationException;

/** Something the caller named (a case number, a queue code) does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }
}
