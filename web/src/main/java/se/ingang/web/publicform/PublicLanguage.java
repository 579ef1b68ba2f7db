package se.ingang.web.publicform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of a public page: Swedish, or English with ?lang=en (forms carry the
 * choice in a hidden field). Texts come from the publicform bundle without falling back
 * to the server's own locale, so a Swedish page is Swedish on any server.
 */
@Named
@RequestScoped
public class PublicLanguage {

    static final String BUNDLE = "se.ingang.web.publicform.messages";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String lang = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
            locale = "en".equals(lang) ? Locale.ENGLISH : SWEDISH;
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getCode());
    }

    /** The other language's code, for the language switch. */
    public String getOther() {
        return isEnglish() ? "sv" : "en";
    }

    public ResourceBundle texts() {
        return texts(getLocale());
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The page texts as #{publicTexts['key']} (a long name: a bean called "t" hid every var="t" in other pages). */
    @Produces
    @Named("publicTexts")
    ResourceBundle pageTexts() {
        return texts();
    }
}
