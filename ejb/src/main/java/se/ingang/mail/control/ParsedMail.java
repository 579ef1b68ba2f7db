package se.ingang.mail.control;

import java.util.List;
import se.ingang.mail.entity.MailKind;

/**
 * What a received message says, decoded: who, about what, the text to show staff, the
 * threading headers, and what is attached (or was dropped for its size).
 *
 * @param key           unique key: the content hash (ContentKey), never the Message-ID alone
 * @param fromHeader    the From header as it came (the address may have been picked out of comments or words)
 * @param unreadable    parts that could not be decoded: kept as they came, named in a note on the case
 * @param bouncedIds    for a delivery-status report: the Message-IDs of the message(s) that bounced
 * @param bounceDetail  for a delivery-status report: recipient and status, for the case's note
 * @param noiseReason   for noise: the rule that made it noise (the noise log shows it), else null
 */
public record ParsedMail(String key, String messageId, String inReplyTo, List<String> references,
                         String subject, String fromAddress, String fromName, List<String> recipients,
                         String contentLanguage, String text, String sanitisedHtml, MailKind kind,
                         List<Part> attachments, List<Dropped> dropped,
                         List<String> bouncedIds, String bouncedRecipient, String bounceDetail,
                         String fromHeader, List<Dropped> unreadable, String noiseReason) {

    /**
     * The same mail taken as a person's (an administrator judged the noise rules wrong, or gave the
     * sender and subject of a message that had none we could use); a blank subject keeps the mail's own.
     */
    public ParsedMail asCustomerMail(String givenAddress, String givenName, String givenSubject) {
        return new ParsedMail(key, messageId, inReplyTo, references,
                givenSubject == null || givenSubject.isBlank() ? subject : givenSubject.strip(),
                givenAddress == null ? fromAddress : givenAddress, givenAddress == null ? fromName : givenName,
                recipients, contentLanguage, text, sanitisedHtml, MailKind.CUSTOMER, attachments, dropped,
                List.of(), null, null, fromHeader, unreadable, null);
    }

    /** An attachment or inline image we keep. */
    public record Part(String fileName, String contentType, String contentId, boolean inline, byte[] content) {
    }

    /** An attachment we did not keep, and why. */
    public record Dropped(String fileName, long size, String reason) {
    }

    /** Every Message-ID this message refers to, most recent first (In-Reply-To, then References backwards). */
    public List<String> referencedIds() {
        var ids = new java.util.ArrayList<String>();
        if (inReplyTo != null) {
            ids.addAll(MessageIds.parse(inReplyTo));
        }
        var refs = new java.util.ArrayList<>(references);
        java.util.Collections.reverse(refs);
        refs.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }
}
