package se.ingang.answers.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a canned answer's placeholders: {name} is replaced by the value of that name. A
 * placeholder without a value stays in the text, and is listed, so the writer sees it before
 * sending. Names the application fills for a case:
 * <ul>
 * <li>{customerName}, {customerEmail} — the case's customer</li>
 * <li>{caseNumber}, {caseSubject} — the case</li>
 * <li>{agentName} — the staff member who inserts the answer (display name, else username)</li>
 * <li>{today} — today's date (yyyy-mm-dd, Stockholm)</li>
 * </ul>
 */
public final class AnswerTemplate {

    public static final List<String> PLACEHOLDERS = List.of("customerName", "customerEmail", "caseNumber", "caseSubject",
            "agentName", "today");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private AnswerTemplate() {
    }

    /** The text with its placeholders filled in, and the names that had no value. */
    public record Rendered(String text, List<String> unresolved) {
    }

    public static Rendered render(String template, Map<String, String> values) {
        var unresolved = new LinkedHashSet<String>();
        var matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                unresolved.add(name);
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
        }
        matcher.appendTail(out);
        return new Rendered(out.toString(), new ArrayList<>(unresolved));
    }
}
