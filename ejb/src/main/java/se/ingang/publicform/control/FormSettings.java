package se.ingang.publicform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.platform.control.PublicUrl;

/** Settings of the public form, from MicroProfile Config (system properties, environment). */
@ApplicationScoped
public class FormSettings {

    /**
     * The privacy text in force. Its wording is in the form's bundle under privacy.text.VERSION,
     * so a new text needs a new version and the consent records which one the person saw.
     */
    public static final String PRIVACY_TEXT_VERSION = "integritet-2026-1";

    /** Accepted posts per e-mail address per hour (env INGANG_WEBFORM_MAX_PER_EMAIL). */
    @Inject
    @ConfigProperty(name = "ingang.webform.max-per-email", defaultValue = "5")
    int maxPerEmail;

    /** Accepted posts per client address per hour; higher, as many people share one address. */
    @Inject
    @ConfigProperty(name = "ingang.webform.max-per-address", defaultValue = "30")
    int maxPerAddress;

    /** How long a private status link works (env INGANG_WEBFORM_STATUS_LINK_VALIDITY). */
    @Inject
    @ConfigProperty(name = "ingang.webform.status-link-validity", defaultValue = "P365D")
    String statusLinkValidity;

    @Inject
    PublicUrl publicUrl;

    public FormLimits limits() {
        var defaults = FormLimits.defaults();
        return new FormLimits(defaults.maxFiles(), defaults.maxFileBytes(), defaults.maxTotalBytes(),
                maxPerEmail, maxPerAddress, defaults.rateWindow());
    }

    public Duration statusLinkValidity() {
        return Duration.parse(statusLinkValidity);
    }

    public String statusUrl(String token) {
        return publicUrl.link("/status/" + token);
    }
}
