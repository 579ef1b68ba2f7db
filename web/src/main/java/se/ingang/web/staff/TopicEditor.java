package se.ingang.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/** Creates a topic or changes one's name and front office (administrators), against the version the page showed. */
@Named
@ViewScoped
public class TopicEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisation organisation;

    @Inject
    AdminAccess adminAccess;

    private String code;
    private boolean creating = true;
    private boolean found = true;
    private boolean loaded;
    private long version;
    private String name;
    private String frontOffice;
    private boolean conflict;

    public void load() {
        if (loaded || code == null || code.isBlank()) {
            return;
        }
        loaded = true;
        creating = false;
        var topic = organisation.findTopic(code);
        if (topic.isEmpty()) {
            found = false;
            Texts.error("admin.topic.notFound", code);
            return;
        }
        version = topic.get().getVersion();
        name = topic.get().getName();
        frontOffice = topic.get().getFrontOffice().getCode();
    }

    public String save() {
        adminAccess.require();
        try {
            organisation.saveTopic(code == null ? null : code.strip(), name, frontOffice, creating ? null : version);
        } catch (StaleVersionException e) {
            conflict = true;
            Texts.error("admin.topic.conflict");
            return null;
        } catch (InvalidInputException e) {
            Texts.fieldErrors(e, field -> "topic:" + field, (field, reason) -> Texts.text("admin.topic.error." + field));
            return null;
        } catch (ActionNotAllowedException e) {
            Texts.error("admin.topic.exists", code);
            return null;
        }
        Texts.info("admin.topic.saved", code);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/admin?faces-redirect=true";
    }

    public List<String> getFrontOffices() {
        return organisation.queues().stream().filter(q -> !q.isBackOffice()).map(q -> q.getCode()).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isCreating() {
        return creating;
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

    public String getFrontOffice() {
        return frontOffice;
    }

    public void setFrontOffice(String frontOffice) {
        this.frontOffice = frontOffice;
    }
}
