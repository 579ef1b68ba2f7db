package se.ingang.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * HMAC-SHA-256 with a server secret, for keys that stand for personal data in counters (client
 * addresses, e-mail addresses, usernames in the rate limits and the login throttle). A plain
 * SHA-256 of an IPv4 address is reversed by hashing all four billion of them; without the secret
 * the keys in a copy of the database (a backup, a report) reveal nothing.
 *
 * The secret is INGANG_RATE_LIMIT_SECRET (system property ingang.rate-limit-secret, at least 32
 * characters). Without it the server makes a random one on first start and keeps it in its data
 * directory (ingang/rate-limit.key, readable by the server's user only), never in the database.
 * Nodes of a cluster must be given the same secret, or each counts under keys of its own.
 */
@ApplicationScoped
public class KeyedHash {

    static final String PROPERTY = "ingang.rate-limit-secret";
    static final int MIN_SECRET_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(KeyedHash.class.getName());

    private byte[] secret;

    public KeyedHash() {
    }

    /** For tests: a fixed secret. */
    public KeyedHash(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @PostConstruct
    void loadSecret() {
        if (secret != null) {
            return;
        }
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class)
                .filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            if (configured.get().length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException(PROPERTY + " (INGANG_RATE_LIMIT_SECRET) needs at least "
                        + MIN_SECRET_LENGTH + " characters");
            }
            secret = configured.get().getBytes(StandardCharsets.UTF_8);
            return;
        }
        secret = keptSecret(Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "ingang", "rate-limit.key"));
    }

    /** Hex HMAC-SHA-256 of the text: 64 characters, as the key columns hold. */
    public String of(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The secret in the file, made first (random, 256 bits, owner-only) if there is none. */
    static byte[] keptSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    var created = Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(created, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                    LOG.info("made a new rate-limit secret in " + file + " (set INGANG_RATE_LIMIT_SECRET to choose one)");
                } catch (FileAlreadyExistsException madeByAnotherThread) {
                    // read below
                }
            }
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (kept.isEmpty()) {
                throw new IllegalStateException(file + " is empty: remove it to have a new secret made");
            }
            return kept.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the rate-limit secret in " + file, e);
        }
    }
}
