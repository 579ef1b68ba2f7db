package se.ingang.organisation.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deny-list of passwords everyone tries first (common-passwords.txt beside this class says
 * where it comes from). A password is refused when it is on the list, or is an entry with only
 * digits and punctuation around it ("Password123!", "2026sommar"), as guessing tools try those
 * variants first; the length rule alone lets "qwertyuiop" and "password12" through.
 */
public final class CommonPasswords {

    private static final Pattern PADDING = Pattern.compile("^[\\p{Punct}\\p{N}\\s]+|[\\p{Punct}\\p{N}\\s]+$");
    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    public static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String core = PADDING.matcher(lower).replaceAll("");
        return core.isEmpty() || LIST.contains(core) || isRunOfOneCharacter(core);
    }

    private static boolean isRunOfOneCharacter(String text) {
        return text.chars().distinct().count() == 1;
    }

    private static Set<String> load() {
        var set = new HashSet<String>();
        var stream = CommonPasswords.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the application");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(set::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
