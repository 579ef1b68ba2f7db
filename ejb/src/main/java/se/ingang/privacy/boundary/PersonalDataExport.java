package se.ingang.privacy.boundary;

import java.time.Instant;
import java.util.List;
import se.ingang.telephony.boundary.CallerRecords;

/** Everything we hold about one person (GDPR Art. 15), ready to be written as JSON. */
public record PersonalDataExport(Instant exportedAt, Person person, List<CaseRecord> cases,
                                 List<CallerRecords.Call> calls, List<CallerRecords.CallbackRecord> callbacks) {

    /** The customer record. */
    public record Person(long id, String name, String email, String phone, String customerGroup, Instant registeredAt,
                         String legalBasis, String consentTextVersion, Instant consentedAt) {
    }

    /** One of the person's cases, with every message and note in it, the e-mail as stored, and the files' names. */
    public record CaseRecord(String number, String channel, String subject, String status, Instant receivedAt,
                             Instant closedAt, List<Entry> timeline, Survey survey, List<Mail> mail, List<File> files) {
    }

    /** An e-mail in or out as we keep it: headers, texts, and the raw message (headers and body) as stored. */
    public record Mail(String direction, String kind, String messageId, String inReplyTo, String references, String from,
                       String to, String subject, String text, String html, Instant createdAt, Instant sentAt, String raw) {
    }

    /** A file of the case (the bytes themselves are handed out on request, like any download). */
    public record File(String fileName, String contentType, long size, Instant receivedAt) {
    }

    /** A timeline entry: message, reply, note or event. */
    public record Entry(Instant at, String kind, String event, String author, String text, String detail) {
    }

    /** The person's answer to a satisfaction survey. */
    public record Survey(String sentTo, Integer score, String comment, Instant answeredAt) {
    }
}
