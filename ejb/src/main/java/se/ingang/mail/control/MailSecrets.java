package se.ingang.mail.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mailbox passwords live outside the database: the mailbox names a system property or an
 * environment variable (which the server's credential store or the deployment sets). Only
 * names with the prefix INGANG_MAILBOX_ are ever read: the value goes as a password to a host
 * the administrator chooses, so any other name (INGANG_DB_PASSWORD, say) would hand out a
 * secret that is not a mailbox's (README "Mailbox passwords").
 */
public final class MailSecrets {

    public static final String PREFIX = "INGANG_MAILBOX_";

    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_.-]{1,85}");

    private MailSecrets() {
    }

    /** Whether a mailbox may name this variable: the prefix, then letters, digits, _ . - (100 at most). */
    public static boolean isAllowedName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The password named, when the name is allowed and set; a name outside the prefix is never looked up. */
    public static Optional<String> resolve(String name) {
        if (!isAllowedName(name)) {
            return Optional.empty();
        }
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return Optional.ofNullable(value);
    }
}
