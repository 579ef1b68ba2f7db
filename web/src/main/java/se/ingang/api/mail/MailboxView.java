package se.ingang.api.mail;

import java.time.Instant;
import se.ingang.mail.entity.Mailbox;
import se.ingang.mail.entity.MailboxSecurity;

/** A mailbox as the API shows it: settings and last read, never a password. */
public record MailboxView(long id, long version, String name, String address, String host, int port,
                          MailboxSecurity security, String username, String secretName, String folder,
                          String frontOffice, int pollSeconds, boolean enabled, Instant lastAttemptAt,
                          Instant lastSuccessAt, String lastError) {

    static MailboxView of(Mailbox m) {
        return new MailboxView(m.getId(), m.getVersion(), m.getName(), m.getAddress(), m.getHost(), m.getPort(),
                m.getSecurity(), m.getUsername(), m.getSecretName(), m.getFolder(), m.getFrontOffice(),
                m.getPollSeconds(), m.isEnabled(), m.getLastAttemptAt(), m.getLastSuccessAt(), m.getLastError());
    }
}
