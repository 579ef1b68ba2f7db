package se.ingang.audit.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The fields that differ between two states, in the order they were compared. Collections
 * compare as sorted sets, so the same members in another order are no change.
 */
public final class Changes {

    /** One field's old and new value, as text (null: no value). */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    private final List<FieldChange> changes = new ArrayList<>();

    public static Changes between() {
        return new Changes();
    }

    /** Compares two snapshots that map field names to values (same keys on both sides). */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        var changes = new Changes();
        var fields = new java.util.LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        fields.forEach(f -> changes.field(f, before.get(f), after.get(f)));
        return changes;
    }

    public Changes field(String name, Object before, Object after) {
        String old = text(before);
        String now = text(after);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(name, old, now));
        }
        return this;
    }

    /** A field whose values must not be written down (a password): only that it changed. */
    public Changes secret(String name, boolean changed) {
        if (changed) {
            changes.add(new FieldChange(name, null, "(changed)"));
        }
        return this;
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            var sorted = new TreeSet<String>();
            values.forEach(v -> sorted.add(String.valueOf(v)));
            return String.join(", ", sorted);
        }
        return String.valueOf(value);
    }
}
