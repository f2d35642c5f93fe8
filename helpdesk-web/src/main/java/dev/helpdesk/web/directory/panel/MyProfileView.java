package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.security.login.application.MyAccountService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.security.PanelSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The agent's own profile: who they are, and their login e-mail, which they may change when the account allows it
 * (A3b), confirming with their current password.
 */
@Named
@ViewScoped
public class MyProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "emailForm";

    @EJB
    private MyAccountService myAccount;

    private Caller me;
    private boolean mayChangeEmail;
    private String newEmail;
    private String currentPassword;

    @PostConstruct
    void load() {
        me = myAccount.me();
        mayChangeEmail = myAccount.mayChangeEmail();
    }

    public void changeEmail() {
        MyAccountService.EmailChange change;
        try {
            change = myAccount.changeEmail(newEmail, currentPassword);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        } finally {
            currentPassword = null;
        }
        newEmail = null;
        me = change.caller();
        if (change.pendingEmail() != null) {
            Messages.info("profile.emailConfirmationSent", change.pendingEmail());
            return;
        }
        PanelSession.renamed(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), me.email());
        Messages.info("profile.emailChanged", me.email());
    }

    public Caller getMe() {
        return me;
    }

    public boolean isMayChangeEmail() {
        return mayChangeEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
