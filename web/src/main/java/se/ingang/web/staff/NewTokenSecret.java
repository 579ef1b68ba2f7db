package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The secret of a token made in this request, shown on the page that answers the form and
 * then gone: request-scoped, so it never sits in the session or the view state.
 */
@Named
@RequestScoped
public class NewTokenSecret {

    private String secret;
    private String name;

    void set(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public boolean isShown() {
        return secret != null;
    }
}
