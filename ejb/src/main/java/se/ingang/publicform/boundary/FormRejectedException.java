package se.ingang.publicform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import se.ingang.publicform.control.FormError;

/** The form (or a reply) was not accepted; nothing was stored. Errors say why, field by field. */
@ApplicationException(rollback = true)
public class FormRejectedException extends RuntimeException {

    /** Why the post was refused. */
    public enum Reason {
        /** Something typed breaks a rule; see the field errors. */
        INVALID,
        /** Too many posts from this e-mail or client address in a short time. */
        TOO_MANY,
        /** The honeypot field was filled in: a robot, not a person. */
        AUTOMATED
    }

    private final Reason reason;
    private final List<FormError> errors;

    public FormRejectedException(Reason reason, List<FormError> errors) {
        super(reason + " " + errors);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public Reason reason() {
        return reason;
    }

    public List<FormError> errors() {
        return errors;
    }
}
