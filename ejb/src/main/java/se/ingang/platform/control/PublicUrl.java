package se.ingang.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where customers reach the public pages (env INGANG_PUBLIC_URL), read in one place for every
 * link we mail (status page, survey), so the features cannot disagree about it.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "ingang.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The absolute link to a public path such as "/status/abc". */
    public String link(String path) {
        return publicUrl.replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
    }
}
