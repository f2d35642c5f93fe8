package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.login.application.PasswordLinks;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a password link opens: whose it is, and the new password twice. Opening it changes nothing (mail scanners
 * follow links); the button does, once.
 */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "resetForm";

    @EJB
    private PasswordLinks passwordLinks;

    private String token;
    private PasswordLinks.LinkHolder holder;
    private String newPassword;
    private String repeatedPassword;
    private String chosenFor;

    /** Reads the link once its token is known. */
    public void load() {
        holder = passwordLinks.holderOf(token).orElse(null);
        if (holder == null) {
            Messages.error("validation.passwordLink.invalid");
        }
    }

    public void choose() {
        try {
            if (newPassword != null && !newPassword.equals(repeatedPassword)) {
                throw new InvalidInputException("repeatedPassword", "validation.password.mismatch");
            }
            chosenFor = passwordLinks.choosePassword(token, newPassword);
        } catch (InvalidInputException e) {
            if ("token".equals(e.field())) {
                holder = null;
                Messages.error(e.messageKey());
            } else {
                Messages.fieldError(FORM, e);
            }
            return;
        } finally {
            newPassword = null;
            repeatedPassword = null;
        }
        Messages.info("reset.done", chosenFor);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Whose the link is, while it works and no password was chosen yet. */
    public PasswordLinks.LinkHolder getHolder() {
        return chosenFor == null ? holder : null;
    }

    public String getChosenFor() {
        return chosenFor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
