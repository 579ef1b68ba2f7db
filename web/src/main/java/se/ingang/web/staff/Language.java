package se.ingang.web.staff;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language the staff member chose for this session: Swedish unless they switch to English. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    /** Switches and shows the same page again (a fresh GET, so the form's view is rebuilt in the new language). */
    public void switchTo(String code) throws IOException {
        locale = "en".equals(code) ? Locale.ENGLISH : SWEDISH;
        var faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        String query = external.getRequestParameterMap().get("returnQuery");
        String path = external.getRequestContextPath() + faces.getViewRoot().getViewId();
        external.redirect(query == null || query.isBlank() ? path : path + "?" + query);
    }
}
