package se.ingang.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.platform.control.NodeName;

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

    /** How long a mailbox lease lasts at least, in seconds (env INGANG_MAIL_LEASE_SECONDS): after a crash, the bound on the takeover. */
    @Inject
    @ConfigProperty(name = "ingang.mail.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Inject
    NodeName node;


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

    /** This server's name in mailbox leases (platform.control.NodeName). */
    public String nodeId() {
        return node.value();
    }

    public long leaseSeconds() {
        return leaseSeconds;
    }
}
