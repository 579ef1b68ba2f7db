package se.ingang.mail.boundary;

import java.util.List;
import se.ingang.mail.entity.QuarantinedMail;

/** One page of the quarantine, newest first, and how many entries there are in all. */
public record QuarantinePage(List<QuarantinedMail> items, long total, int offset, int limit) {
}
