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

    /** Failed attempts at one message before it goes to the quarantine (env INGANG_MAIL_MAX_ATTEMPTS). */
    @Inject
    @ConfigProperty(name = "ingang.mail.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    NodeName node;

    /** The database's max_allowed_packet, once the start-up check read it (PacketSizeCheck). */
    private volatile long packetBytes = Long.MAX_VALUE;


    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /**
     * The largest attachment we can keep: the configured limit, but never more than fits in one
     * statement under the database's max_allowed_packet (with room for the row's other columns);
     * larger ones are dropped with a note instead of failing the whole message.
     */
    public long attachmentLimit() {
        return Math.min(maxAttachmentBytes, Math.max(0, packetBytes - PACKET_MARGIN));
    }

    /** Room in a packet for a statement's other values and the protocol's framing. */
    public static final long PACKET_MARGIN = 1024 * 1024;

    public void databasePacketIs(long bytes) {
        this.packetBytes = bytes;
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
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
