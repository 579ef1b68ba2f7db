package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;

/** The administrator's form for a new staff user: details, password, roles, queues and the active flag. */
@Named
@RequestScoped
public class NewUserForm {

    /** Form field ids for the service's field names, so its errors show next to the right input. */
    private static final Map<String, String> FIELDS = Map.of(
            "username", "newUser:username", "displayName", "newUser:name", "email", "newUser:email");

    @Inject
    StaffDirectory staff;

    @Inject
    AdminAccess adminAccess;

    private String username;
    private String name;
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>();
    private List<String> queues = new ArrayList<>();
    private boolean active = true;

    /** Creates the user first (nothing is made if that is refused), then sets password and active flag. */
    public String create() {
        adminAccess.require();
        try {
            var roleSet = EnumSet.noneOf(StaffRole.class);
            roles.forEach(r -> roleSet.add(StaffRole.valueOf(r)));
            staff.addUser(username, name, blankToNull(email), roleSet, new LinkedHashSet<>(queues));
            if (password != null && !password.isEmpty()) {
                staff.setPassword(username, password);
            }
            if (!active) {
                staff.setActive(username, false);
            }
        } catch (InvalidInputException e) {
            Texts.fieldErrors(e, field -> FIELDS.getOrDefault(field, null), (field, reason) -> Texts.text("admin.error.field." + field));
            return null;
        } catch (ActionNotAllowedException e) {
            Texts.error("admin.user.exists", username);
            return null;
        }
        Texts.info("admin.user.created", username);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/admin?faces-redirect=true";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    /** Write only: the page never renders it back. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    }
}
