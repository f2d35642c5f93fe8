package dev.helpdesk.web.selfservice.panel;

import dev.helpdesk.selfservice.application.SelfRegistration;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The page the link mailed to a registering address opens: whose registration it is, and a button that makes the
 * customer. Opening it changes nothing (mail scanners follow links); the button does, once.
 */
@Named
@ViewScoped
public class ConfirmRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SelfRegistration registration;

    private String token;
    private SelfRegistration.Registrant registrant;
    private String confirmedEmail;

    /** Reads the link once its token is known; not found while self-registration is off. */
    public void load() throws IOException {
        if (!registration.isOpen()) {
            RegisterView.notFound();
            return;
        }
        registrant = registration.registrantOf(token).orElse(null);
        if (registrant == null) {
            Messages.error("validation.registrationLink.invalid");
        }
    }

    public void confirm() {
        try {
            confirmedEmail = registration.confirm(token);
        } catch (InvalidInputException e) {
            registrant = null;
            Messages.error(e.messageKey());
            return;
        } catch (AccessDeniedException e) {
            registrant = null;
            Messages.error("register.closed");
            return;
        }
        Messages.info("confirmRegistration.done", confirmedEmail);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Whose the link is, while it works and was not used yet. */
    public SelfRegistration.Registrant getRegistrant() {
        return confirmedEmail == null ? registrant : null;
    }

    public String getConfirmedEmail() {
        return confirmedEmail;
    }
}
