package se.ingang.publicform.control;

import java.util.List;
import se.ingang.mail.boundary.Outbox;

/**
 * The receipt for a web-form case: case number and private status link, in the language the
 * customer used. The link is confidential: the stored copy says where it was shown instead.
 */
public record FormReceiptText(String subject, String body, List<Outbox.Confidential> confidential) {

    public static FormReceiptText of(String caseNumber, String statusUrl, boolean english) {
        String placeholder = english
                ? "(the private link was in the e-mail we sent and on the confirmation page)"
                : "(den privata länken fanns i mejlet vi skickade och på bekräftelsesidan)";
        String subject = english
                ? "[Ärende " + caseNumber + "] We have received your case"
                : "[Ärende " + caseNumber + "] Vi har tagit emot ditt ärende";
        String text = english ? """
                Hi!

                Thank you for contacting us. Your case number is %1$s.
                Follow your case, read our answers and reply here (keep this link to yourself):
                %2$s

                Customer service
                """ : """
                Hej!

                Tack för att du kontaktade oss. Ditt ärendenummer är %1$s.
                Följ ditt ärende, läs våra svar och svara här (dela inte länken med någon):
                %2$s

                Kundtjänsten
                """;
        return new FormReceiptText(subject, text.formatted(caseNumber, placeholder),
                List.of(new Outbox.Confidential(placeholder, statusUrl)));
    }
}
