package se.ingang.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the case lifecycle, from MicroProfile Config (system properties, environment). */
@ApplicationScoped
public class CaseSettings {

    /** How long a customer's reply reopens a resolved case (env INGANG_REOPEN_WINDOW). */
    @Inject
    @ConfigProperty(name = "ingang.reopen-window", defaultValue = "P14D")
    String reopenWindow;

    /** The front-office profile for contacts that name neither a topic nor a profile. */
    @Inject
    @ConfigProperty(name = "ingang.default-front-office", defaultValue = "fo-registry")
    String defaultFrontOffice;

    /** Business days we wait for the customer before reminding them (env INGANG_REMINDER_DAYS). */
    @Inject
    @ConfigProperty(name = "ingang.reminder-days", defaultValue = "5")
    int reminderDays;

    /** Business days after asking, without an answer, before the case is closed (env INGANG_AUTO_CLOSE_DAYS). */
    @Inject
    @ConfigProperty(name = "ingang.auto-close-days", defaultValue = "10")
    int autoCloseDays;

    public int reminderDays() {
        return reminderDays;
    }

    public int autoCloseDays() {
        return autoCloseDays;
    }

    public Duration reopenWindow() {
        return Duration.parse(reopenWindow);
    }

    public String defaultFrontOffice() {
        return defaultFrontOffice;
    }
}
