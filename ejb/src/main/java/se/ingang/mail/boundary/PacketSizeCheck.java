package se.ingang.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ingang.mail.control.MailSettings;
import se.ingang.mail.entity.RawChunk;

/**
 * At start: does the database take the statements mail intake writes? The largest is an
 * attachment up to INGANG_MAIL_MAX_ATTACHMENT_BYTES (raw messages go in chunks of 1 MiB). When
 * max_allowed_packet is smaller, the log says what to set, and attachments that would not fit
 * are dropped with a note instead of failing their message again and again.
 */
@Singleton
@Startup
public class PacketSizeCheck {

    private static final Logger LOG = Logger.getLogger(PacketSizeCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    private long packet;

    @PostConstruct
    void check() {
        try {
            packet = ((Number) em.createNativeQuery("SELECT @@max_allowed_packet").getSingleResult()).longValue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "max_allowed_packet could not be read; mail intake assumes it is large enough", e);
            return;
        }
        settings.databasePacketIs(packet);
        long needed = needed();
        if (packet < needed) {
            LOG.severe(() -> "database max_allowed_packet is " + packet + " bytes; mail intake needs at least " + needed
                    + " (INGANG_MAIL_MAX_ATTACHMENT_BYTES " + settings.maxAttachmentBytes() + " + " + MailSettings.PACKET_MARGIN
                    + "): set max_allowed_packet=" + needed + " on the server, or lower the attachment limit. Until then"
                    + " attachments above " + settings.attachmentLimit() + " bytes are dropped with a note.");
        } else {
            LOG.info(() -> "database max_allowed_packet " + packet + " bytes: enough for mail intake (needs " + needed + ")");
        }
    }

    /** What intake needs: the largest attachment or raw chunk, plus the margin. */
    public long needed() {
        return Math.max(settings.maxAttachmentBytes(), RawChunk.BYTES) + MailSettings.PACKET_MARGIN;
    }

    public long packet() {
        return packet;
    }
}
