package se.ingang.mail.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Swedish or English for the receipt. The Content-Language header decides when present;
 * otherwise Swedish letters or common Swedish words mean Swedish, common English words
 * English, and Swedish is the default of a Swedish university.
 */
public final class LanguageGuess {

    private static final Pattern SWEDISH = Pattern.compile("(?iu)[åäö]|\\b(hej|jag|och|att|inte|tack|min|mitt|har|är)\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(hello|hi|dear|the|and|please|thanks|thank|my|is|have|would)\\b");

    private LanguageGuess() {
    }

    public static Locale of(String contentLanguage, String subject, String text) {
        if (contentLanguage != null && !contentLanguage.isBlank()) {
            String lang = contentLanguage.trim().toLowerCase(Locale.ROOT);
            if (lang.startsWith("en")) {
                return Locale.ENGLISH;
            }
            if (lang.startsWith("sv")) {
                return Locale.forLanguageTag("sv");
            }
        }
        String all = (subject == null ? "" : subject) + "\n" + (text == null ? "" : text);
        if (SWEDISH.matcher(all).find()) {
            return Locale.forLanguageTag("sv");
        }
        if (ENGLISH.matcher(all).find()) {
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag("sv");
    }
}
