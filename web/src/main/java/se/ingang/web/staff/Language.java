package se.ingang.web.staff;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffUser;
import se.ingang.web.login.LanguageChoice;

/**
 * The workspace language of this session. Decided once per person (again when someone else logs
 * in on the session): the language chosen in this browser (the login page's switch or the
 * header's, a cookie), else the one the person last chose anywhere (kept on their account, so it
 * follows them to another browser and through single sign-on), else the browser's
 * Accept-Language, else Swedish. A choice made here is kept on the account and in the browser.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Inject
    StaffDirectory staff;

    private Locale locale = SWEDISH;

    /** Whom the language was decided for ("" before a login); null before the first page. */
    private String decidedFor;

    public Locale getLocale() {
        decide();
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Switches and shows the same page again (a fresh GET, so the form's view is rebuilt in the new language). */
    public void switchTo(String code) throws IOException {
        decide();
        locale = "en".equals(code) ? Locale.ENGLISH : SWEDISH;
        var faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        LanguageChoice.remember((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                locale.getLanguage());
        if (external.getUserPrincipal() != null) {
            staff.rememberLanguage(external.getUserPrincipal().getName(), locale.getLanguage());
        }
        String query = external.getRequestParameterMap().get("returnQuery");
        String path = external.getRequestContextPath() + faces.getViewRoot().getViewId();
        external.redirect(query == null || query.isBlank() ? path : path + "?" + query);
    }

    private void decide() {
        var faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        var external = faces.getExternalContext();
        var principal = external.getUserPrincipal();
        String who = principal == null || principal.getName() == null ? "" : principal.getName();
        if (who.equals(decidedFor)) {
            return;
        }
        decidedFor = who;
        var request = (HttpServletRequest) external.getRequest();
        Optional<String> chosen = LanguageChoice.chosen(request);
        Optional<String> kept = who.isEmpty() ? Optional.empty()
                : staff.findUser(who).flatMap(StaffUser::getPreferredLanguage);
        String code = chosen.or(() -> kept).or(() -> LanguageChoice.fromBrowser(request)).orElse("sv");
        locale = "en".equals(code) ? Locale.ENGLISH : SWEDISH;
        if (!who.isEmpty() && chosen.isPresent()) {
            staff.rememberLanguage(who, code);
        }
    }
}
