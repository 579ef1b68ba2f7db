package se.ingang.api.problems;

import java.util.List;
import se.ingang.api.problems.Problem.FieldError;

/**
 * Request parameters the API itself cannot translate (a page that is not a number, an unknown
 * status). Carries all offending fields at once, unlike the domain's single-field exception.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid request parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
