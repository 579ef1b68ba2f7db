package se.ingang.web.publicform;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import se.ingang.publicform.control.FormError;

/**
 * The errors a page shows: one sentence per field next to it (and named by the field's
 * aria-describedby), and all of them in a summary at the top with links to the fields.
 */
public class PageErrors {

    /** One line of the summary; fieldId is null for errors that concern the whole form. */
    public record Line(String fieldId, String text) {
    }

    private final String formId;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Line> general = new ArrayList<>();
    private final List<Line> notes = new ArrayList<>();

    public PageErrors(String formId) {
        this.formId = formId;
    }

    public void add(List<FormError> errors, ResourceBundle texts, Locale locale) {
        for (var error : errors) {
            String text = new MessageFormat(texts.getString(error.key()), locale).format(error.arguments().toArray());
            byField.merge(error.field(), text, (a, b) -> a + " " + b);
        }
    }

    /** An error about the whole form (too many posts, a robot): first in the summary. */
    public void addGeneral(String text) {
        general.add(new Line(null, text));
    }

    /** A reminder after the errors, e.g. to choose the files again. */
    public void addNote(String text) {
        notes.add(new Line(null, text));
    }

    /** Whether the page has anything to correct ("empty" is a reserved word in EL, so pages ask this). */
    public boolean isAny() {
        return !byField.isEmpty() || !general.isEmpty() || !notes.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String text(String field) {
        return byField.get(field);
    }

    /** The ids that describe a field: its hint (if any) and its error (when there is one). */
    public String describedBy(String field, String hintId) {
        var ids = new ArrayList<String>();
        if (hintId != null && !hintId.isBlank()) {
            ids.add(formId + ":" + hintId);
        }
        if (has(field)) {
            ids.add(formId + ":" + field + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    public List<Line> getLines() {
        var lines = new ArrayList<>(general);
        byField.forEach((field, text) -> lines.add(new Line(formId + ":" + field, text)));
        lines.addAll(notes);
        return lines;
    }
}
