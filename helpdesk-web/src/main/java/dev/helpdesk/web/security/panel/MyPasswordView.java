package dev.helpdesk.web.security.panel;

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
 * Changing one's own password on the profile page (agents and customers): the current one, the new one twice. This
 * session goes on; the others end. Directory users are told where their password is changed instead.
 */
@Named
@ViewScoped
public class MyPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "passwordForm";

    @EJB
    private MyAccountService myAccount;

    private MyAccountService.PasswordKind passwordKind;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    @PostConstruct
    void load() {
        passwordKind = myAccount.passwordKind();
    }

    public void change() {
        try {
            if (newPassword != null && !newPassword.equals(repeatedPassword)) {
                throw new InvalidInputException("repeatedPassword", "validation.password.mismatch");
            }
            long version = myAccount.changePassword(currentPassword, newPassword);
            PanelSession.passwordChanged(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), version);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
        Messages.info("password.changed");
    }

    public String getEmail() {
        return myAccount.me().email();
    }

    public String getName() {
        return myAccount.me().name();
    }

    /** {@code LOCAL}: theirs to change here; {@code NONE}: none yet (a mailed link sets it); {@code DIRECTORY}. */
    public MyAccountService.PasswordKind getPasswordKind() {
        return passwordKind;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
