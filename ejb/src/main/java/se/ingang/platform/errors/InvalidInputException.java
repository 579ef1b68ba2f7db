package se.ingang.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input that passed syntax checks but breaks a domain rule; carries field → message. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.fieldErrors = Map.of(field, message);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
