package se.ingang.web.publicform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.publicform.boundary.FormRejectedException;
import se.ingang.publicform.boundary.PublicForm;
import se.ingang.publicform.boundary.StatusView;
import se.ingang.publicform.control.FormLimits;
import se.ingang.publicform.control.FormSettings;

/**
 * The customer's status page (/status/{token}, shown by /public/status.xhtml). The token
 * comes from the path (StatusLinkFilter) or, on a reply, from the form's hidden field.
 * An unknown or expired token gives 404 and a page that says nothing about any case.
 */
@Named
@RequestScoped
public class StatusPage {

    static final String FORM_ID = "r";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Inject
    PublicForm publicForm;

    @Inject
    PublicLanguage language;

    @Inject
    FormSettings settings;

    private String token;
    private StatusView view;
    private boolean loaded;
    private String reply;
    private List<Part> attachments = new ArrayList<>();
    private boolean sent;
    private final PageErrors errors = new PageErrors(FORM_ID);

    /** The view action: finds the case, or answers 404. */
    public void load() {
        if (getView() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public StatusView getView() {
        if (!loaded) {
            loaded = true;
            try {
                view = publicForm.status(getToken());
            } catch (NotFoundException e) {
                view = null;
            }
        }
        return view;
    }

    public String send() {
        if (getView() == null) {
            return null;
        }
        try {
            view = publicForm.reply(getToken(), reply, Uploads.of(attachments), FormPage.clientAddress());
            sent = true;
            reply = null;
        } catch (FormRejectedException e) {
            var texts = language.texts();
            if (e.reason() == FormRejectedException.Reason.TOO_MANY) {
                errors.addGeneral(texts.getString("error.tooMany"));
            } else {
                errors.add(e.errors(), texts, language.getLocale());
            }
            if (!Uploads.of(attachments).isEmpty()) {
                errors.addNote(texts.getString("error.attachments.reselect"));
            }
        } catch (NotFoundException e) {
            view = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
        return null;
    }

    public String getToken() {
        if (token == null) {
            var context = FacesContext.getCurrentInstance().getExternalContext();
            Object fromPath = context.getRequestMap().get(StatusLinkFilter.TOKEN);
            token = fromPath != null ? fromPath.toString() : context.getRequestParameterMap().get("token");
        }
        return token;
    }

    /** The status in plain words. */
    public String getStatusText() {
        return language.texts().getString("status.case." + view.status().name());
    }

    public String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(ZONE).format(at);
    }

    public boolean isSent() {
        return sent;
    }

    public FormLimits getLimits() {
        return settings.limits();
    }

    public PageErrors getErrors() {
        return errors;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public List<Part> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Part> attachments) {
        this.attachments = attachments;
    }
}
