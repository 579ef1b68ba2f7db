package se.ingang.operations.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import se.ingang.mail.boundary.MailboxHealth;
import se.ingang.mail.boundary.Mailboxes;
import se.ingang.operations.control.OperationsSettings;

/**
 * Readiness: every enabled mailbox was read within 3 × its interval + 30 s (the rule of
 * GET /api/mailboxes/health). A stale one is DOWN, or only reported when the setting says WARN.
 */
@Stateless
@Local(HealthCheck.class)
public class MailboxHealthCheck implements HealthCheck {

    public static final String NAME = "ingang-mailboxes";

    @Inject
    Mailboxes mailboxes;

    @Inject
    OperationsSettings settings;

    @Override
    public HealthCheckResponse call() {
        var all = mailboxes.health();
        var stale = all.stream().filter(MailboxHealth::stale).toList();
        var response = HealthCheckResponse.named(NAME)
                .withData("enabled", all.stream().filter(MailboxHealth::enabled).count())
                .withData("stale", stale.size());
        if (!stale.isEmpty()) {
            response.withData("staleMailboxes", stale.stream().map(m -> m.name() + " (" + m.id() + ")")
                    .collect(Collectors.joining(", ")));
            if (!settings.staleMailboxIsDown()) {
                response.withData("warning", "stale mailboxes");
            }
        }
        return response.status(stale.isEmpty() || !settings.staleMailboxIsDown()).build();
    }
}
