package se.ingang.mail.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The automatic receipt's subject and text, from the bundle in the customer's language. */
public final class ReceiptText {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private ReceiptText() {
    }

    public record Text(String subject, String body) {
    }

    public static Text of(Locale locale, String caseNumber, String subject, Instant respondBy) {
        var bundle = ResourceBundle.getBundle("se.ingang.mail.control.receipt", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String due = respondBy == null ? bundle.getString("receipt.noDeadline")
                : DateTimeFormatter.ofPattern(bundle.getString("receipt.dateFormat"), locale).format(respondBy.atZone(ZONE));
        String original = SubjectTag.strip(subject);
        return new Text(SubjectTag.of(caseNumber) + " " + MessageFormat.format(bundle.getString("receipt.subject"), original).strip(),
                MessageFormat.format(bundle.getString("receipt.body"), caseNumber, original, due));
    }
}
