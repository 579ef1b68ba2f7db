package se.ingang.answers.entity;

import java.util.Locale;
import se.ingang.platform.errors.InvalidInputException;

/** The languages replies are written in; codes as in Accept-Language ("sv", "en"). */
public enum AnswerLanguage {
    SV,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnswerLanguage of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("language", "sv or en");
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("language", "sv or en, not '" + code + "'");
        }
    }
}
