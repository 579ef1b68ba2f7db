package se.ingang.publicform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The receipt for a web-form case: case number and private status link, in the language
 * the customer used. Sent only after the case committed; a mail failure never undoes the
 * case (the confirmation page shows the same number and link).
 */
@ApplicationScoped
public class ReceiptMailer {

    private static final Logger LOG = Logger.getLogger(ReceiptMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Ingang")
    Session mail;

    @Inject
    FormSettings settings;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReceiptRequested receipt) {
        try {
            boolean english = "en".equals(receipt.language());
            var message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(receipt.email()));
            message.setSubject(english
                    ? "[Ärende " + receipt.caseNumber() + "] We have received your case"
                    : "[Ärende " + receipt.caseNumber() + "] Vi har tagit emot ditt ärende", StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setText(text(receipt, english), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "receipt for case " + receipt.caseNumber() + " could not be sent", e);
        }
    }

    private String text(ReceiptRequested receipt, boolean english) {
        String link = settings.statusUrl(receipt.token());
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
        return text.formatted(receipt.caseNumber(), link);
    }
}
