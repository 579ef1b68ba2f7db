package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffUser;

/**
 * The staff member behind this request: the container's principal (their username), as the
 * timeline records it and the access checks look it up.
 */
@Named
@RequestScoped
public class CurrentUser {

    static final String ANONYMOUS = "anonymous";

    @Inject
    StaffDirectory staff;

    @Inject
    CaseAccess access;

    private Optional<StaffUser> user;

    public String getName() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? ANONYMOUS : principal.getName();
    }

    public boolean isSignedIn() {
        return !ANONYMOUS.equals(getName());
    }

    public String getDisplayName() {
        return staffUser().map(StaffUser::getDisplayName).orElse(getName());
    }

    /** The queues this person works; empty when they are not a staff user (then pages offer all). */
    public List<Queue> workQueues() {
        return staffUser().map(u -> u.getQueues().stream()
                .sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList()).orElse(List.of());
    }

    /** Managers and administrators: they see the administration overview. */
    public boolean isReadsEverything() {
        return AccessPolicy.readsEverything(access.who(getName()));
    }

    /** A POST (CSRF-safe like every form); the next page asks for a login again. */
    public void logout() throws IOException, ServletException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/staff/queue.xhtml");
    }

    private Optional<StaffUser> staffUser() {
        if (user == null) {
            user = isSignedIn() ? staff.findUser(getName()) : Optional.empty();
        }
        return user;
    }
}
