package se.ingang.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the e-mail channel (system property, else environment variable, else default). */
@ApplicationScoped
public class MailSettings {

    /** Largest attachment kept, in bytes (env INGANG_MAIL_MAX_ATTACHMENT_BYTES); larger ones are dropped with a note. */
    @Inject
    @ConfigProperty(name = "ingang.mail.max-attachment-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    /** Automatic receipts per sender address and hour (env INGANG_MAIL_RECEIPTS_PER_HOUR). */
    @Inject
    @ConfigProperty(name = "ingang.mail.receipts-per-hour", defaultValue = "3")
    int receiptsPerHour;

    /** Our sender address; also the domain of the Message-IDs we make (env INGANG_MAIL_FROM). */
    @Inject
    @ConfigProperty(name = "ingang.mail.from", defaultValue = "kundtjanst@example.edu")
    String from;

    /** This server's name in mailbox leases (env INGANG_NODE_ID); unique per start when unset. */
    @Inject
    @ConfigProperty(name = "ingang.node-id")
    Optional<String> nodeId;

    private volatile String resolvedNodeId;

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    public int receiptsPerHour() {
        return receiptsPerHour;
    }

    public String from() {
        return from;
    }

    public String messageIdDomain() {
        int at = from.indexOf('@');
        return at < 0 ? "ingang.local" : from.substring(at + 1);
    }

    public String nodeId() {
        if (resolvedNodeId == null) {
            resolvedNodeId = nodeId.filter(id -> !id.isBlank()).orElseGet(() -> hostName() + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return resolvedNodeId;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
