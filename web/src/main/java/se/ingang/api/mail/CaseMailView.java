package se.ingang.api.mail;

import java.time.Instant;
import java.util.List;
import se.ingang.mail.entity.MailMessage;

/** A case's mail: every message in and out with its threading headers (files: GET /api/cases/{number}/attachments). */
public record CaseMailView(String caseNumber, List<Message> messages) {

    /**
     * One message; body is the text staff read, html the sanitised HTML part (null when none);
     * rawSize the size of the raw message kept; fromHeader the From header as it came (received mail).
     */
    public record Message(long id, String direction, String kind, String messageId, String inReplyTo, String references,
                          String from, String to, String subject, String body, String html, String status,
                          Instant createdAt, Instant sentAt, Long rawSize, String fromHeader) {

        static Message of(MailMessage m) {
            return new Message(m.getId(), m.getDirection().name(), m.getKind().name(), m.getMessageId(), m.getInReplyTo(),
                    m.getReferences(), m.getSender(), m.getRecipient(), m.getSubject(), m.getBody(), m.getHtmlBody(),
                    m.getStatus().name(), m.getCreatedAt(), m.getSentAt(), m.getRawSize(), m.getFromHeader());
        }
    }
}
