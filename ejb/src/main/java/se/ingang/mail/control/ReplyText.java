package se.ingang.mail.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An answer as the customer reads it, from the bundle in their language: our text, what it
 * means for the case, the private status link (as a placeholder that the sent copy replaces),
 * the signature, and their last message quoted so the thread reads on its own.
 */
public final class ReplyText {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private ReplyText() {
    }

    /** Why we write: it decides the line under our text. */
    public enum Purpose { REPLY, QUESTION, RESOLVING_REPLY, PROMISE }

    /** The mail's subject, the stored body, and the placeholder in it that stands for the status link. */
    public record Text(String subject, String body, String statusLinkPlaceholder) {
    }

    /**
     * @param text      our answer; for a promise, ignored
     * @param due       for a promise, when we get back to the customer
     * @param signature the group's signature in this language, or null for the default
     * @param quoted    the customer's last message, or null to quote nothing
     */
    public static Text of(Locale locale, Purpose purpose, String caseNumber, String subject, String text, Instant due,
                          String signature, String quoted) {
        var bundle = ResourceBundle.getBundle("se.ingang.mail.control.reply", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String placeholder = bundle.getString("reply.statusLinkPlaceholder");
        var body = new StringBuilder();
        if (purpose == Purpose.PROMISE) {
            String when = DateTimeFormatter.ofPattern(bundle.getString("reply.dateFormat"), locale).format(due.atZone(ZONE));
            body.append(format(bundle.getString("reply.promise"), caseNumber, when));
        } else {
            body.append(text.strip());
        }
        body.append("\n\n").append(format(bundle.getString("reply.next." + purpose.name()), caseNumber));
        body.append("\n\n").append(format(bundle.getString("reply.statusLink"), placeholder));
        body.append("\n\n").append(signature == null || signature.isBlank() ? bundle.getString("reply.signature") : signature.strip());
        if (quoted != null && !quoted.isBlank()) {
            body.append("\n\n").append(bundle.getString("reply.quoteIntro")).append('\n')
                    .append("> ").append(quoted.strip().replace("\r\n", "\n").replace("\n", "\n> "));
        }
        return new Text(SubjectTag.tagged(caseNumber, subject), body.append('\n').toString(), placeholder);
    }

    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern.replace("'", "''")).format(args).strip();
    }
}
