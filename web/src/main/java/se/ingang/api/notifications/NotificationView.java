package se.ingang.api.notifications;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import se.ingang.notifications.entity.Notification;

/** A notification as the API shows it. */
@JsonbNillable
public record NotificationView(long id, String recipient, String kind, String caseNumber, String message,
                               Instant createdAt, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getRecipient(), n.getKind(), n.getCaseNumber(), n.getMessage(),
                n.getCreatedAt(), n.getReadAt());
    }
}
