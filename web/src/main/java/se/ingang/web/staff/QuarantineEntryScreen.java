package se.ingang.web.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import se.ingang.audit.boundary.ReadChannel;
import se.ingang.mail.boundary.IntakeOutcome;
import se.ingang.mail.boundary.MailArchive;
import se.ingang.mail.boundary.MailIntake;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * One quarantined message (administrators): what is known of it, its raw text shown escaped
 * (never rendered) or downloaded as message/rfc822, and the three things to do with a held one —
 * retry, make a case (with the customer's address and subject), dismiss. Each action's outcome
 * is shown next to its button. Reading the raw message is recorded in the audit trail.
 */
@Named
@ViewScoped
public class QuarantineEntryScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Longest raw text shown on the page; the download has everything. */
    static final int SHOWN_CHARS = 200_000;

    @Inject
    MailArchive archive;

    @Inject
    MailIntake intake;

    @Inject
    MailQuarantineScreen list;

    @Inject
    AdminAccess adminAccess;

    @Inject
    CurrentUser user;

    private Long id;
    private boolean loaded;
    private MailQuarantineScreen.Row entry;
    private String rawText;
    private boolean clipped;
    private String customerEmail;
    private String subject;

    public void open() throws IOException {
        if (Refusal.refused(adminAccess.isEditable())) {
            return;
        }
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            refresh();
            byte[] raw = archive.readRaw(archive.quarantined(id), user.getName(), ReadChannel.PAGE);
            String text = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
            clipped = text.length() > SHOWN_CHARS;
            rawText = clipped ? text.substring(0, SHOWN_CHARS) : text;
            if (entry.isHeld()) {
                customerEmail = se.ingang.mail.control.SenderAddress.of(entry.sender()).map(s -> s.address()).orElse(null);
                subject = entry.subject();
            }
        } catch (NotFoundException gone) {
            entry = null;
            Texts.error("quarantine.notFound", id);
        }
    }

    private void refresh() {
        var q = archive.quarantined(id);
        entry = MailQuarantineScreen.Row.of(q, archive.caseNumber(q.getCaseId()), list.mailboxName(q.getMailboxId()));
    }

    public String retry() {
        adminAccess.require();
        try {
            var outcome = intake.retry(id, user.getName());
            refresh();
            if (outcome == IntakeOutcome.QUARANTINED) {
                next("entry:retry", FacesMessage.SEVERITY_ERROR, Texts.text("quarantine.retry.failed", entry.reason()));
            } else {
                next("entry:retry", FacesMessage.SEVERITY_INFO, Texts.text("quarantine.retry.done", entry.caseNumber() == null ? "–" : entry.caseNumber()));
            }
        } catch (ActionNotAllowedException | NotFoundException done) {
            next("entry:retry", FacesMessage.SEVERITY_ERROR, Texts.text("quarantine.done"));
        }
        return again();
    }

    public String makeCase() {
        adminAccess.require();
        try {
            String number = intake.makeCase(id, customerEmail, subject, user.getName());
            next("entry:make-case", FacesMessage.SEVERITY_INFO, Texts.text("quarantine.case.done", number));
        } catch (InvalidInputException refused) {
            // Stays on the page with what was typed, the reason next to its field.
            refused.fieldErrors().forEach((field, reason) -> next("entry:" + ("subject".equals(field) ? "subject" : "customerEmail"),
                    FacesMessage.SEVERITY_ERROR, Texts.text("quarantine.error." + ("subject".equals(field) ? "subject" : "customerEmail"))));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (ActionNotAllowedException | NotFoundException done) {
            next("entry:make-case", FacesMessage.SEVERITY_ERROR, Texts.text("quarantine.done"));
        }
        return again();
    }

    public String dismiss() {
        adminAccess.require();
        try {
            intake.dismiss(id, user.getName());
            next("entry:dismiss", FacesMessage.SEVERITY_INFO, Texts.text("quarantine.dismiss.done"));
        } catch (ActionNotAllowedException | NotFoundException done) {
            next("entry:dismiss", FacesMessage.SEVERITY_ERROR, Texts.text("quarantine.done"));
        }
        return again();
    }

    /**
     * After an action, the entry's page again by GET (its address keeps the id, so reloading or
     * switching the language shows the same entry), the outcome kept for it beside its button.
     */
    private String again() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/mail-quarantine-entry?faces-redirect=true&id=" + id;
    }

    /** The raw message as a file (message/rfc822, attachment): a mail program may open it, the browser never renders it. */
    public void download() throws IOException {
        adminAccess.require();
        byte[] raw = archive.readRaw(archive.quarantined(id), user.getName(), ReadChannel.PAGE);
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("message/rfc822");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"quarantine-" + id + ".eml\"");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        if (raw != null) {
            external.setResponseContentLength(raw.length);
            external.getResponseOutputStream().write(raw);
        }
        faces.responseComplete();
    }

    private static void next(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public MailQuarantineScreen.Row getEntry() {
        return entry;
    }

    public String getRawText() {
        return rawText;
    }

    public boolean isClipped() {
        return clipped;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
