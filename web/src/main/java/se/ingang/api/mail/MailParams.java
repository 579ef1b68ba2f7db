package se.ingang.api.mail;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import se.ingang.mail.entity.MailKind;
import se.ingang.mail.entity.QuarantinedMail;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;

/** The quarantine's and noise log's query parameters, checked (400 with the field), and their raw downloads. */
final class MailParams {

    static final int MAX_LIMIT = 200;

    private MailParams() {
    }

    /** HELD, RESOLVED, DISMISSED, or ALL (null: no filter). */
    static QuarantinedMail.Status status(String value) {
        if ("ALL".equalsIgnoreCase(value)) {
            return null;
        }
        try {
            return QuarantinedMail.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "one of HELD, RESOLVED, DISMISSED, ALL");
        }
    }

    static MailKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var kind = MailKind.valueOf(value.toUpperCase(Locale.ROOT));
            if (kind.isNoise()) {
                return kind;
            }
        } catch (IllegalArgumentException e) {
            // the same answer as a kind that is no noise
        }
        throw new InvalidInputException("kind", "one of AUTO_REPLY, BULK, BOUNCE");
    }

    static int offset(int offset) {
        if (offset < 0 || offset > 1_000_000) {
            throw new InvalidInputException("offset", "between 0 and 1000000");
        }
        return offset;
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** The start of the day (Swedish time, as the rest of the system counts days). */
    static Instant dayStart(String field, String day) {
        return day == null || day.isBlank() ? null : date(field, day).atStartOfDay(ApplicationClock.ZONE).toInstant();
    }

    /** The start of the day after, so that "until" includes the day. */
    static Instant dayAfter(String field, String day) {
        return day == null || day.isBlank() ? null : date(field, day).plusDays(1).atStartOfDay(ApplicationClock.ZONE).toInstant();
    }

    private static LocalDate date(String field, String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a date as yyyy-mm-dd");
        }
    }

    /** A raw message: always a download (it is whatever a stranger sent), never sniffed into HTML. */
    static Response download(byte[] raw, String fileName) {
        if (raw == null) {
            throw new se.ingang.platform.errors.NotFoundException("Raw message", fileName);
        }
        return Response.ok(raw, "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox").build();
    }
}
