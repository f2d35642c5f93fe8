package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.login.application.PasswordLinks;
import dev.helpdesk.security.login.domain.PasswordLink;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Forgot password": the login address, and the same answer whether it signs anyone in or not. */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PasswordLinks passwordLinks;

    private String email;
    private boolean requested;

    public void request() {
        try {
            passwordLinks.requestReset(email);
        } catch (InvalidInputException e) {
            Messages.fieldError("forgotForm", e);
            return;
        }
        requested = true;
        Messages.info("forgot.sent", email.strip(), PasswordLink.ASKED_RESET.toHours());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRequested() {
        return requested;
    }
}
