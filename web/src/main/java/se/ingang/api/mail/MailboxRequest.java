package se.ingang.api.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.ingang.mail.boundary.MailboxSettings;
import se.ingang.mail.entity.MailboxSecurity;

/**
 * POST /api/mailboxes and PUT /api/mailboxes/{id}: a mailbox's settings. secretName is the
 * NAME of the environment variable or system property holding the password. version is
 * required by PUT (the version the administrator saw).
 */
public record MailboxRequest(@NotBlank @Size(max = 100) String name,
                             @NotBlank @Size(max = 254) String address,
                             @NotBlank @Size(max = 255) String host,
                             @Min(1) @Max(65535) int port,
                             @NotNull MailboxSecurity security,
                             @NotBlank @Size(max = 254) String username,
                             @NotBlank @Size(max = 100) String secretName,
                             @Size(max = 200) String folder,
                             @NotBlank @Size(max = 50) String frontOffice,
                             @Min(1) @Max(86400) int pollSeconds,
                             boolean enabled,
                             Long version) {

    MailboxSettings settings() {
        return new MailboxSettings(name, address, host, port, security, username, secretName, folder, frontOffice,
                pollSeconds, enabled);
    }
}
