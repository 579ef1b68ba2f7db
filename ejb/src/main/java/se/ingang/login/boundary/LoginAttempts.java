package se.ingang.login.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.login.control.LoginThrottle;
import se.ingang.operations.control.ApplicationMetrics;
import se.ingang.platform.control.ApplicationClock;

/**
 * The server's record of login attempts (README "Security", "Failed logins"): asked before a password
 * is checked, told the outcome after. Failed logins and refused attempts are counted
 * (ingang_login_failures_total, ingang_login_throttled_total), and a warning is logged when an address
 * starts waiting, so administrators see a burst. Times come from the application clock.
 */
@ApplicationScoped
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    ApplicationClock clock;

    @Inject
    ApplicationMetrics metrics;

    @Inject
    @ConfigProperty(name = "ingang.login.free-failures", defaultValue = "5")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "ingang.login.free-failures-per-address", defaultValue = "30")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "ingang.login.max-delay", defaultValue = "PT60S")
    Duration maxDelay;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        var defaults = LoginThrottle.Settings.DEFAULT;
        throttle = new LoginThrottle(new LoginThrottle.Settings(freePerAccount, freePerAddress, defaults.firstDelay(),
                maxDelay, defaults.forgetAfter(), defaults.maxEntries()));
    }

    /** How long the address must still wait before trying this account: zero, or a refusal (counted). */
    public Duration waitBefore(String address, String account) {
        Duration wait = throttle.waitFor(address, account, clock.now());
        if (!wait.isZero()) {
            metrics.loginThrottled();
        }
        return wait;
    }

    public void failed(String address, String account) {
        metrics.loginFailed();
        var failure = throttle.failed(address, account, clock.now());
        if (failure.accountStartsWaiting()) {
            LOG.warning(() -> "repeated failed logins from " + printable(address) + " as " + printable(account)
                    + ": further attempts wait, up to " + maxDelay.toSeconds() + " s each");
        }
        if (failure.addressStartsWaiting()) {
            LOG.warning(() -> "repeated failed logins from " + printable(address)
                    + " (several accounts): further attempts from it wait, up to " + maxDelay.toSeconds() + " s each");
        }
    }

    public void succeeded(String address, String account) {
        throttle.succeeded(address, account);
    }

    /** The name as typed by an anonymous caller: no line breaks or control characters into the log, and not too long. */
    static String printable(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return "\"" + cut.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
