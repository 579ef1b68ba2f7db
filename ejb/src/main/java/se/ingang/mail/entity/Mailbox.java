package se.ingang.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import se.ingang.mail.control.MailSecrets;
import se.ingang.platform.errors.InvalidInputException;

/**
 * A mailbox we read: where it is, how to log in and which front-office profile its mail
 * feeds. The password is never stored, only the name of the environment variable or
 * system property that holds it.
 */
@Entity
@Table(name = "mailbox")
@NamedQuery(name = Mailbox.ALL, query = "SELECT m FROM Mailbox m ORDER BY m.name")
@NamedQuery(name = Mailbox.ENABLED, query = "SELECT m FROM Mailbox m WHERE m.enabled = true ORDER BY m.id")
@NamedQuery(name = Mailbox.BY_ADDRESS, query = "SELECT m FROM Mailbox m WHERE LOWER(m.address) = :address")
public class Mailbox {

    public static final String ALL = "Mailbox.all";
    public static final String ENABLED = "Mailbox.enabled";
    public static final String BY_ADDRESS = "Mailbox.byAddress";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(nullable = false, length = 255)
    private String host;

    @Column(nullable = false)
    private int port;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailboxSecurity security;

    @Column(nullable = false, length = 254)
    private String username;

    @Column(name = "secret_name", nullable = false, length = 100)
    private String secretName;

    @Column(nullable = false, length = 200)
    private String folder;

    @Column(name = "front_office", nullable = false, length = 50)
    private String frontOffice;

    @Column(name = "poll_seconds", nullable = false)
    private int pollSeconds;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "idle_since")
    private Instant idleSince;

    protected Mailbox() {
    }

    public Mailbox(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    /** All settings at once, checked together (the admin form or PUT sends them all). */
    public void configure(String address, String host, int port, MailboxSecurity security, String username,
                          String secretName, String folder, String frontOffice, int pollSeconds, boolean enabled) {
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("port", "a port from 1 to 65535");
        }
        if (pollSeconds < 1 || pollSeconds > 86400) {
            throw new InvalidInputException("pollSeconds", "from 1 second to 1 day");
        }
        if (!MailSecrets.isAllowedName(secretName)) {
            throw new InvalidInputException("secretName", "the NAME of an environment variable or system property that begins with "
                    + MailSecrets.PREFIX + " (then letters, digits, _ . -), not the password");
        }
        if (address == null || !address.contains("@")) {
            throw new InvalidInputException("address", "the mailbox's own e-mail address");
        }
        this.address = address.trim().toLowerCase(java.util.Locale.ROOT);
        this.host = host;
        this.port = port;
        this.security = security == null ? MailboxSecurity.IMAPS : security;
        this.username = username;
        this.secretName = secretName;
        this.folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        this.frontOffice = frontOffice;
        this.pollSeconds = pollSeconds;
        this.enabled = enabled;
    }

    public boolean isDue(Instant now) {
        return lastAttemptAt == null || !now.isBefore(lastAttemptAt.plusSeconds(pollSeconds));
    }

    public void fetched(Instant now) {
        lastAttemptAt = now;
        lastSuccessAt = now;
        lastError = null;
    }

    public void failed(Instant now, String error) {
        lastAttemptAt = now;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(1000, error.length()));
    }

    /**
     * Silent for longer than its interval allows: three intervals plus half a minute of slack
     * without a successful read, or failing since it was set up.
     */
    public boolean isStale(Instant now) {
        if (!enabled) {
            return false;
        }
        var allowed = Duration.ofSeconds(3L * pollSeconds + 30);
        if (lastSuccessAt == null) {
            return lastError != null || now.isAfter(createdAt.plus(allowed));
        }
        return now.isAfter(lastSuccessAt.plus(allowed));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public MailboxSecurity getSecurity() {
        return security;
    }

    public String getUsername() {
        return username;
    }

    public String getSecretName() {
        return secretName;
    }

    public String getFolder() {
        return folder;
    }

    public String getFrontOffice() {
        return frontOffice;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getIdleSince() {
        return idleSince;
    }
}
