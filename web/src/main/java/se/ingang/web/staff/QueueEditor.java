package se.ingang.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.AssignmentPolicy;
import se.ingang.platform.errors.StaleVersionException;

/**
 * One queue's settings page: how its new cases get an owner, and the signature under its answers to customers. Keeps the version the page was shown with,
 * so a save over somebody else's change is refused with a conflict message.
 */
@Named
@ViewScoped
public class QueueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisation organisation;

    @Inject
    AdminAccess adminAccess;

    private String code;
    private String name;
    private String policy;
    private String signatureSv;
    private String signatureEn;
    private long version;
    private boolean conflict;

    /** View action: managers read, administrators edit, others get 403 (AdminScreen.open). */
    public void load() {
        if (name != null) {
            return;
        }
        var queue = organisation.findQueue(code);
        if (queue.isEmpty()) {
            Texts.error("admin.queue.notFound", code);
            return;
        }
        name = queue.get().getName();
        policy = queue.get().getAssignmentPolicy().name();
        signatureSv = queue.get().getSignatureSv();
        signatureEn = queue.get().getSignatureEn();
        version = queue.get().getVersion();
    }

    public String save() {
        adminAccess.require();
        try {
            organisation.changeSettings(code, AssignmentPolicy.valueOf(policy), signatureSv, signatureEn, version);
        } catch (StaleVersionException e) {
            conflict = true;
            Texts.error("admin.queue.conflict");
            return null;
        }
        Texts.info("admin.queue.policyChanged", code);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/admin?faces-redirect=true";
    }

    public List<String> getPolicies() {
        return Arrays.stream(AssignmentPolicy.values()).map(Enum::name).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getSignatureSv() {
        return signatureSv;
    }

    public void setSignatureSv(String signatureSv) {
        this.signatureSv = signatureSv;
    }

    public String getSignatureEn() {
        return signatureEn;
    }

    public void setSignatureEn(String signatureEn) {
        this.signatureEn = signatureEn;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isFound() {
        return name != null;
    }
}
