package se.ingang.mail.boundary;

import java.util.List;
import se.ingang.mail.entity.MailMessage;

/** One page of the noise log, newest first, and how many messages match in all. */
public record NoisePage(List<MailMessage> items, long total, int offset, int limit) {
}
