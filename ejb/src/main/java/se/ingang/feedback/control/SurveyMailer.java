package se.ingang.feedback.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import se.ingang.feedback.entity.Survey;
import se.ingang.platform.control.PublicUrl;

/** The survey invitation: one bilingual text mail with the case tag and a private link. */
@ApplicationScoped
public class SurveyMailer {

    @Resource(lookup = "java:jboss/mail/Ingang")
    Session mail;

    @Inject
    PublicUrl publicUrl;

    public String linkFor(String token) {
        return publicUrl.link("/survey/" + token);
    }

    /** @param token the link's token, which the survey keeps only as a hash */
    public void send(Survey survey, String token) {
        try {
            var message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(survey.getRecipient()));
            message.setSubject("[Ärende " + survey.getCaseNumber() + "] Hur nöjd är du? / How did we do?",
                    StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setText(text(survey, token), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("survey for case " + survey.getCaseNumber() + " could not be sent", e);
        }
    }

    private String text(Survey survey, String token) {
        String link = linkFor(token);
        return """
                Hej!

                Ditt ärende %1$s är avslutat. Hur nöjd är du med hjälpen du fick?
                Svara med ett klick här (tar en halv minut): %2$s

                Hi!

                Your case %1$s is closed. How satisfied are you with the help you got?
                Answer here (takes half a minute): %2$s

                Kundtjänsten / Customer service
                """.formatted(survey.getCaseNumber(), link);
    }
}
