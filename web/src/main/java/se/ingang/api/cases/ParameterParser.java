package se.ingang.api.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;

/**
 * Reads query parameters as text and collects every bad one. Typed JAX-RS parameters would
 * turn "?page=x" or "?status=FOO" into a 404 without a word about the field.
 */
final class ParameterParser {

    private final List<FieldError> errors = new ArrayList<>();

    <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new FieldError(name, "must be one of " + allowed));
            return null;
        }
    }

    int integer(String name, String value, int defaultValue, int min, int max) {
        if (isAbsent(value)) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    Long requiredLong(String name, String value) {
        if (isAbsent(value)) {
            errors.add(new FieldError(name, "must not be null"));
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
    }

    static String optionalText(String value) {
        return isAbsent(value) ? null : value.trim();
    }

    /** Throws when anything was wrong, so the caller uses the parsed values only when all are good. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
