package se.ingang.registry.control;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes personal data from the texts of a public copy (allmän handling): the names and
 * addresses we know belong to the people in the case, and anything that looks like an
 * e-mail address, a phone number or a Swedish personal identity number. Staff acting in
 * their office are not redacted. A person still reviews a copy before it goes out; this
 * takes away what a machine can find.
 */
public final class PublicCopyRedaction {

    public static final String REDACTED = "[personuppgift borttagen / personal data removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\b(19|20)?\\d{6}[-+ ]?\\d{4}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\d])(\\+|00)?\\d[\\d \\-()]{6,}\\d(?![\\p{L}\\d])");

    private final List<String> known;

    /** @param knownPersonalData names, addresses and numbers of the people in the case (blank ones ignored) */
    public PublicCopyRedaction(List<String> knownPersonalData) {
        // Longest first, so "Anna Berg" goes before "Anna".
        this.known = knownPersonalData.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> s.length() >= 2).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : known) {
            result = Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll(REDACTED.replace("$", "\\$"));
            for (String part : value.split("\\s+")) {
                // Parts of a name (first name alone, surname alone) are personal data too.
                if (part.length() >= 3 && !value.contains("@")) {
                    result = Pattern.compile("\\b" + Pattern.quote(part) + "\\b",
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)
                            .matcher(result).replaceAll(REDACTED);
                }
            }
        }
        result = EMAIL.matcher(result).replaceAll(REDACTED);
        result = PERSONAL_NUMBER.matcher(result).replaceAll(REDACTED);
        result = PHONE.matcher(result).replaceAll(REDACTED);
        return result;
    }
}
