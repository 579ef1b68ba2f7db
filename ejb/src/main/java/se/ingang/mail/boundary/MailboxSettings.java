package se.ingang.mail.boundary;

import se.ingang.mail.entity.MailboxSecurity;

/** A mailbox's settings as the administrator gives them; secretName names where the password is. */
public record MailboxSettings(String name, String address, String host, int port, MailboxSecurity security,
                              String username, String secretName, String folder, String frontOffice,
                              int pollSeconds, boolean enabled) {
}
