package se.ingang.publicform.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.ingang.cases.entity.CaseStatus;

/**
 * A case as its customer may see it: the status and the public conversation (their own
 * messages and our replies); never internal notes, queues or staff names.
 */
public record StatusView(String caseNumber, String subject, CaseStatus status, Instant receivedAt,
                         List<Message> messages) implements Serializable {

    /** One message in the conversation; fromCustomer tells whose it was. */
    public record Message(boolean fromCustomer, Instant at, String text, List<String> attachments)
            implements Serializable {
    }
}
