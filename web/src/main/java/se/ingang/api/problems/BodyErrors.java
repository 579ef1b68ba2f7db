package se.ingang.api.problems;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a client whose request body could not be read, in words of the body it sent —
 * never the parser's or binder's own messages, which name the application's Java classes and
 * packages (e.g. "No enum constant se.ingang.cases.entity.Channel.FAX", "Cannot create instance
 * of class …"): a map of the insides for an attacker, and no help to a client.
 */
final class BodyErrors {

    /** Yasson names the property it failed on as "… property 'channel' …". */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,64})'");
    /** "No enum constant a.b.Type.VALUE": the value is the client's own, the rest is ours. */
    private static final Pattern ENUM_VALUE = Pattern.compile("No enum constant [\\w.$]*\\.(\\w{1,64})");

    private BodyErrors() {
    }

    static String describe(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof JsonParsingException parsing) {
                return "The request body is not valid JSON" + at(parsing.getLocation()) + ".";
            }
        }
        String property = first(PROPERTY, chain);
        String value = first(ENUM_VALUE, chain);
        if (property != null && value != null) {
            return "\"" + value + "\" is not an allowed value of \"" + property + "\".";
        }
        if (property != null) {
            return "The value of \"" + property + "\" has the wrong type or is not an allowed value.";
        }
        if (value != null) {
            return "\"" + value + "\" is not an allowed value.";
        }
        return "The request body is not the JSON object this resource expects: check the field names, "
                + "types and values against the API's description.";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static String first(Pattern pattern, List<Throwable> chain) {
        return chain.stream().map(Throwable::getMessage).filter(Objects::nonNull)
                .map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
    }
}
