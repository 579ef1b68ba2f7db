package se.ingang.api.mail;

import java.time.Instant;
import java.util.List;
import se.ingang.mail.entity.MailAttachment;
import se.ingang.mail.entity.MailMessage;

/** A case's mail: every message in and out with its threading headers, and the attachments kept. */
public record CaseMailView(String caseNumber, List<Message> messages, List<Attachment> attachments) {

    /** One message; body is the text staff read, html the sanitised HTML part (null when none). */
    public record Message(long id, String direction, String kind, String messageId, String inReplyTo, String references,
                          String from, String to, String subject, String body, String html, String status,
                          Instant createdAt, Instant sentAt) {

        static Message of(MailMessage m) {
            return new Message(m.getId(), m.getDirection().name(), m.getKind().name(), m.getMessageId(), m.getInReplyTo(),
                    m.getReferences(), m.getSender(), m.getRecipient(), m.getSubject(), m.getBody(), m.getHtmlBody(),
                    m.getStatus().name(), m.getCreatedAt(), m.getSentAt());
        }
    }

    /** An attachment or inline image; its bytes at .../attachments/{id}. */
    public record Attachment(long id, long messageId, String fileName, String contentType, String contentId,
                             boolean inline, long size) {

        static Attachment of(MailAttachment a) {
            return new Attachment(a.getId(), a.getMailMessageId(), a.getFileName(), a.getContentType(), a.getContentId(),
                    a.isInline(), a.getSize());
        }
    }
}
