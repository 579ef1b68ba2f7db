package se.ingang.web.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The workspace's texts in the viewer's language, for beans that put messages on a page. */
final class Texts {

    static final String BUNDLE = "se.ingang.web.messages";

    private Texts() {
    }

    static String text(String key, Object... args) {
        var faces = FacesContext.getCurrentInstance();
        var bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, text(key, args));
    }

    static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
