package se.ingang.mail.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The reminder's subject and text, from the bundle in the customer's language. */
public final class ReminderText {

    private ReminderText() {
    }

    public record Text(String subject, String body) {
    }

    public static Text of(Locale locale, String caseNumber, String subject, String question) {
        var bundle = ResourceBundle.getBundle("se.ingang.mail.control.reminder", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String original = SubjectTag.strip(subject == null ? "" : subject);
        String quoted = question == null ? "" : "> " + question.strip().replace("\n", "\n> ");
        return new Text(SubjectTag.of(caseNumber) + " " + format(bundle.getString("reminder.subject"), caseNumber, original, quoted),
                format(bundle.getString("reminder.body"), caseNumber, original, quoted));
    }

    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern.replace("'", "''")).format(args).strip();
    }
}
