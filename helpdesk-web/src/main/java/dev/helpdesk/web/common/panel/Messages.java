package dev.helpdesk.web.common.panel;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle, placed beside the field an error names. */
public final class Messages {

    public static final String BUNDLE = "dev.helpdesk.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void warn(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /**
     * The message goes beside the input whose id is the field's name, in the given form; a field the account
     * defined (a custom field) is named by its label in the page's messages.
     */
    public static void fieldError(String formId, InvalidInputException e) {
        for (InvalidInputException problem : e.all()) {
            if (problem.fieldLabel() != null) {
                error("customField.error", problem.fieldLabel(), text(problem.messageKey()));
            } else {
                add(formId + ":" + problem.field(), FacesMessage.SEVERITY_ERROR,
                        text(problem.messageKey(), problem.arguments()));
            }
        }
    }

    /** A warning beside one input, by its client id: something to confirm rather than an error. */
    public static void fieldWarning(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, args));
    }

    /** An error beside one component, named by its client id (e.g. an input inside a repeated row). */
    public static void errorAt(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
