package se.ingang.organisation.boundary;

import se.ingang.platform.errors.ActionNotAllowedException;

/** The change would leave no active administrator (409; the UI names the reason). */
public class LastAdministratorException extends ActionNotAllowedException {

    public LastAdministratorException(String message) {
        super(message);
    }
}
