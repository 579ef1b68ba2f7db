package se.ingang.notes.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The @-mentions in a text: "@anna", "@handler-1a2b" or "@finance", in order, each once
 * (lower case). An address such as anna@example.se is not a mention (the @ follows a letter),
 * and a full stop or comma after a name ends it ("Fråga @anna." mentions anna).
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

    private Mentions() {
    }

    public static List<String> in(String text) {
        var names = new LinkedHashSet<String>();
        if (text == null) {
            return List.of();
        }
        var matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = trimTrailingPunctuation(matcher.group(1));
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }

    private static String trimTrailingPunctuation(String name) {
        int end = name.length();
        while (end > 0 && ".-_".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }
}
