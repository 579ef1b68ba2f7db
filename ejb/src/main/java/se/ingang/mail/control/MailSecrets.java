package se.ingang.mail.control;

import java.util.Optional;

/**
 * Mailbox passwords live outside the database: the mailbox names a system property or an
 * environment variable (which the server's credential store or the deployment sets).
 */
public final class MailSecrets {

    private MailSecrets() {
    }

    public static Optional<String> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return Optional.ofNullable(value);
    }
}
