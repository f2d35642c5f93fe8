package dev.helpdesk.web.selfservice.panel;

import dev.helpdesk.selfservice.application.NewRegistration;
import dev.helpdesk.selfservice.application.SelfRegistration;
import dev.helpdesk.selfservice.domain.PendingRegistration;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.common.panel.UserSession;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * "Cadastre-se": name, e-mail, the password twice with the live meter, and the account's terms when it has them.
 * The answer is the same whether the address is free or not: a link (or a notice) went to that mailbox. A page
 * that does not exist while the account does not let customers register themselves.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "registerForm";

    @EJB
    private SelfRegistration registration;

    @Inject
    private UserSession userSession;

    private String name;
    private String email;
    private String newPassword;
    private String repeatedPassword;
    private boolean acceptTerms;
    private String sentTo;

    /** Not found while self-registration is off. */
    public void load() throws IOException {
        if (!registration.isOpen()) {
            notFound();
        }
    }

    public void register() {
        try {
            if (newPassword != null && !newPassword.equals(repeatedPassword)) {
                throw new InvalidInputException("repeatedPassword", "validation.password.mismatch");
            }
            registration.register(new NewRegistration(name, email, newPassword, acceptTerms,
                    userSession.getLanguageTag()));
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, "password".equals(e.field())
                    ? new InvalidInputException("newPassword", e.messageKey()) : e);
            return;
        } catch (AccessDeniedException e) {
            Messages.error("register.closed");
            return;
        } finally {
            newPassword = null;
            repeatedPassword = null;
        }
        sentTo = email.strip();
        Messages.info("register.sent", sentTo, PendingRegistration.VALIDITY.toHours());
    }

    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Not Found");
        faces.responseComplete();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

    /** The address the link went to, once the form was sent. */
    public String getSentTo() {
        return sentTo;
    }
}
