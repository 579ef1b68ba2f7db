package se.ingang.web.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.ingang.platform.errors.InvalidInputException;

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

    /**
     * Input the domain refused: each field's text next to its input (inputOf gives the input's
     * client id, or null for the top of the page), a summary, and the request marked invalid.
     */
    static void fieldErrors(InvalidInputException refused, Function<String, String> inputOf,
                            BiFunction<String, String, String> textOf) {
        var faces = FacesContext.getCurrentInstance();
        refused.fieldErrors().forEach((field, reason) -> faces.addMessage(inputOf.apply(field),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, textOf.apply(field, reason), null)));
        error("admin.error.invalid");
        faces.validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
