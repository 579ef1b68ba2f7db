package se.ingang.registry.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered case as an official document released to the public (allmän handling): the
 * matter and the correspondence with the customer, without internal notes and with personal
 * data removed.
 */
public record PublicCopy(String registryNumber, LocalDate registeredOn, String caseNumber, String title, String channel,
                         String caseType, String topic, String status, Instant receivedAt, Instant closedAt,
                         List<Document> documents, String notice) {

    /** One message in or out. */
    public record Document(Instant at, String direction, String text) {
    }
}
