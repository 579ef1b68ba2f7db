package se.ingang.platform.control;

import java.util.ArrayList;
import java.util.Locale;

/**
 * Turns what a person types into a MariaDB full-text query IN BOOLEAN MODE: every word must
 * occur, as a word or the start of one ("+betal* +avgift*"). Operator characters (+ - @ < > ( )
 * ~ * " ') are taken as word separators, so user input can never change the query's meaning.
 */
public final class FullTextQuery {

    private FullTextQuery() {
    }

    /** Words shorter than minWord are left out (the index does not hold them); empty when none is left. */
    public static String allWordsAsPrefixes(String input, int minWord) {
        if (input == null) {
            return "";
        }
        var terms = new ArrayList<String>();
        for (String word : input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= minWord) {
                terms.add("+" + word + "*");
            }
        }
        return String.join(" ", terms);
    }

    /** As {@link #allWordsAsPrefixes} but any word may match: for ranking hits across several columns. */
    public static String anyWordAsPrefix(String input, int minWord) {
        return allWordsAsPrefixes(input, minWord).replace("+", "");
    }
}
