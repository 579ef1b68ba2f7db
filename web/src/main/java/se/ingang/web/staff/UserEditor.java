package se.ingang.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import se.ingang.organisation.boundary.LastAdministratorException;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * One staff user's page for administrators: name, e-mail, roles, queues, active, and a new
 * password. Keeps the version the page was shown with (a save over someone else's change is
 * refused), and says why when the change would leave no active administrator.
 */
@Named
@ViewScoped
public class UserEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staff;

    @Inject
    AdminAccess adminAccess;

    private String username;
    private boolean found;
    private long version;
    private String name;
    private String email;
    private List<String> roles = new ArrayList<>();
    private List<String> queues = new ArrayList<>();
    private boolean active;
    private String newPassword;
    private boolean conflict;

    /** View action after AdminScreen.open (managers and administrators); the form itself is for administrators. */
    public void load() {
        if (found) {
            return;
        }
        var user = staff.findUser(username);
        if (user.isEmpty()) {
            Texts.error("admin.user.notFound", username);
            return;
        }
        show(user.get());
    }

    private void show(se.ingang.organisation.entity.StaffUser user) {
        found = true;
        version = user.getVersion();
        name = user.getDisplayName();
        email = user.getEmail();
        roles = new ArrayList<>(user.getRoles().stream().map(Enum::name).sorted().toList());
        queues = new ArrayList<>(user.getQueues().stream().map(Queue::getCode).sorted().toList());
        active = user.isActive();
    }

    public String save() {
        adminAccess.require();
        try {
            var roleSet = EnumSet.noneOf(StaffRole.class);
            roles.forEach(r -> roleSet.add(StaffRole.valueOf(r)));
            staff.update(username, version, name, email, roleSet, new LinkedHashSet<>(queues), active);
        } catch (LastAdministratorException e) {
            Texts.error("admin.user.lastAdministrator", username);
            return null;
        } catch (StaleVersionException e) {
            conflict = true;
            Texts.error("admin.user.conflict");
            return null;
        } catch (InvalidInputException e) {
            fieldErrors(e);
            return null;
        }
        Texts.info("admin.user.saved", username);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/admin?faces-redirect=true";
    }

    /** Sets a new password (the old one is never shown or needed). */
    public String resetPassword() {
        adminAccess.require();
        try {
            staff.setPassword(username, newPassword);
        } catch (InvalidInputException e) {
            Texts.fieldErrors(e, field -> "password:newPassword", (field, reason) -> Texts.text("admin.error.field.password"));
            return null;
        } finally {
            newPassword = null;
        }
        Texts.info("admin.user.passwordSet", username);
        return null;
    }

    private void fieldErrors(InvalidInputException e) {
        Texts.fieldErrors(e, field -> switch (field) {
            case "displayName" -> "user:name";
            case "email" -> "user:email";
            default -> null;
        }, (field, reason) -> Texts.text("admin.error.field." + field));
    }

    public List<String> getAllRoles() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getQueues() {
        return queues;
    }

    public void setQueues(List<String> queues) {
        this.queues = queues;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Write only: the page never renders it back. */
    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
