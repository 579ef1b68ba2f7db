package se.ingang.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who makes the current request, for services whose methods take no actor (configuration).
 * The web layer fills it from the logged-in user at the start of each request (page or API);
 * timers and process jobs leave it empty, and their changes are recorded as "system".
 */
@RequestScoped
public class AuditActor {

    public static final String SYSTEM = "system";

    private String username;

    public void set(String username) {
        this.username = username;
    }

    public String get() {
        return username == null || username.isBlank() ? SYSTEM : username;
    }
}
