package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;

/** Whether the viewer may change the configuration (administrators) or only read it (managers). */
@Named
@RequestScoped
public class AdminAccess {

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    public boolean isEditable() {
        return AccessPolicy.mayConfigure(access.who(user.getName()));
    }

    /** The same check the REST endpoints make; throws for everyone but administrators. */
    void require() {
        access.requireConfiguration(user.getName());
    }
}
