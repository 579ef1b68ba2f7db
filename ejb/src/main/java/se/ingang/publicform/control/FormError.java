package se.ingang.publicform.control;

import java.io.Serializable;
import java.util.List;

/**
 * One problem with what the customer typed: the field, a message key in the form's bundle
 * (publicform/messages) and the values the message names, so the page can say it in the
 * customer's language.
 */
public record FormError(String field, String key, List<Object> arguments) implements Serializable {

    public static FormError of(String field, String key, Object... arguments) {
        return new FormError(field, key, List.of(arguments));
    }
}
