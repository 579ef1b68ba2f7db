package se.ingang.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.ingang.mail.boundary.MailboxSettings;
import se.ingang.mail.boundary.Mailboxes;
import se.ingang.mail.entity.MailboxSecurity;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * Creates a mailbox or changes one (disabling it is unticking "enabled"): the same checks as
 * the REST API, the version the page showed, and field errors next to their inputs. The
 * password is never asked for: the mailbox names where the server finds it.
 */
@Named
@ViewScoped
public class MailboxEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("name", "address", "host", "port", "username", "secretName",
            "folder", "frontOffice", "pollSeconds");

    @Inject
    Mailboxes mailboxes;

    @Inject
    Organisation organisation;

    @Inject
    AdminAccess adminAccess;

    private Long id;
    private boolean loaded;
    private boolean found = true;
    private long version;
    private String name;
    private String address;
    private String host;
    private int port = 993;
    private String security = MailboxSecurity.IMAPS.name();
    private String username;
    private String secretName;
    private String folder = "INBOX";
    private String frontOffice;
    private int pollSeconds = 60;
    private boolean enabled = true;
    private boolean conflict;

    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            var m = mailboxes.find(id);
            version = m.getVersion();
            name = m.getName();
            address = m.getAddress();
            host = m.getHost();
            port = m.getPort();
            security = m.getSecurity().name();
            username = m.getUsername();
            secretName = m.getSecretName();
            folder = m.getFolder();
            frontOffice = m.getFrontOffice();
            pollSeconds = m.getPollSeconds();
            enabled = m.isEnabled();
        } catch (NotFoundException e) {
            found = false;
            Texts.error("mailbox.notFound", id);
        }
    }

    public String save() {
        adminAccess.require();
        var settings = new MailboxSettings(name, address, host, port, MailboxSecurity.valueOf(security), username,
                secretName, folder, frontOffice, pollSeconds, enabled);
        try {
            if (id == null) {
                mailboxes.create(settings);
            } else {
                mailboxes.update(id, version, settings);
            }
        } catch (StaleVersionException e) {
            conflict = true;
            Texts.error("mailbox.conflict");
            return null;
        } catch (InvalidInputException e) {
            Texts.fieldErrors(e, field -> FIELDS.contains(field) ? "mailbox:" + field : null,
                    (field, reason) -> Texts.text("mailbox.error." + field) + " (" + reason + ")");
            return null;
        }
        Texts.info("mailbox.saved", name);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/mailboxes?faces-redirect=true";
    }

    public List<String> getSecurities() {
        return Arrays.stream(MailboxSecurity.values()).map(Enum::name).toList();
    }

    public List<String> getFrontOffices() {
        return organisation.queues().stream().filter(q -> q.getKind() == QueueKind.FRONT_OFFICE).map(q -> q.getCode()).toList();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getSecurity() {
        return security;
    }

    public void setSecurity(String security) {
        this.security = security;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSecretName() {
        return secretName;
    }

    public void setSecretName(String secretName) {
        this.secretName = secretName;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public String getFrontOffice() {
        return frontOffice;
    }

    public void setFrontOffice(String frontOffice) {
        this.frontOffice = frontOffice;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public void setPollSeconds(int pollSeconds) {
        this.pollSeconds = pollSeconds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
