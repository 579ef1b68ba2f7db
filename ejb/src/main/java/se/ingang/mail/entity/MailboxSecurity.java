package se.ingang.mail.entity;

/** How the IMAP connection is protected. */
public enum MailboxSecurity {
    /** Plain IMAP (only for test servers and local relays). */
    NONE,
    /** IMAP upgraded with STARTTLS; refused when the server does not offer it. */
    STARTTLS,
    /** IMAP over TLS from the first byte (port 993). */
    IMAPS
}
