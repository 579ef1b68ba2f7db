package se.ingang.privacy.boundary;

import java.time.Instant;
import java.util.List;

/** Everything we hold about one person (GDPR Art. 15), ready to be written as JSON. */
public record PersonalDataExport(Instant exportedAt, Person person, List<CaseRecord> cases) {

    /** The customer record. */
    public record Person(long id, String name, String email, String phone, String customerGroup, Instant registeredAt,
                         String legalBasis, String consentTextVersion, Instant consentedAt) {
    }

    /** One of the person's cases, with every message and note in it. */
    public record CaseRecord(String number, String channel, String subject, String status, Instant receivedAt,
                             Instant closedAt, List<Entry> timeline, Survey survey) {
    }

    /** A timeline entry: message, reply, note or event. */
    public record Entry(Instant at, String kind, String event, String author, String text, String detail) {
    }

    /** The person's answer to a satisfaction survey. */
    public record Survey(String sentTo, Integer score, String comment, Instant answeredAt) {
    }
}
