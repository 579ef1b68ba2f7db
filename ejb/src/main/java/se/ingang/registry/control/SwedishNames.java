package se.ingang.registry.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The common Swedish first names and surnames shipped with the application (the lists and their
 * source are in swedish-first-names.txt and swedish-surnames.txt beside this class). Names that are
 * also ordinary words are kept apart, because they are names only in some places of a sentence.
 */
public final class SwedishNames {

    private static final SwedishNames COMMON = new SwedishNames(load("swedish-first-names.txt"), load("swedish-surnames.txt"));

    private final Lists firstNames;
    private final Lists surnames;

    private SwedishNames(Lists firstNames, Lists surnames) {
        this.firstNames = firstNames;
        this.surnames = surnames;
    }

    public static SwedishNames common() {
        return COMMON;
    }

    boolean isFirstName(String word) {
        return firstNames.plain.contains(word);
    }

    /** A first name that is also an ordinary word: "Per" (per), "Bo" (bo), "Stig" (stig). */
    boolean isAmbiguousFirstName(String word) {
        return firstNames.ambiguous.contains(word);
    }

    boolean isSurname(String word) {
        return surnames.plain.contains(word);
    }

    /** A surname that is also a word or a place: "Lund", "Berg", "Ström". */
    boolean isAmbiguousSurname(String word) {
        return surnames.ambiguous.contains(word);
    }

    private record Lists(Set<String> plain, Set<String> ambiguous) {
    }

    private static Lists load(String resource) {
        var plain = new HashSet<String>();
        var ambiguous = new HashSet<String>();
        var in = SwedishNames.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the application");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.endsWith("*")) {
                    ambiguous.add(name.substring(0, name.length() - 1));
                } else {
                    plain.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lists(Set.copyOf(plain), Set.copyOf(ambiguous));
    }
}
