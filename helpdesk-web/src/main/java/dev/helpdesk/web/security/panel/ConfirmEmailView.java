package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.login.application.MyAccountService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.security.PanelSession;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The page the link mailed to a new sign-in address opens. The change is made by a button, not by opening the
 * link, so that a mail scanner that follows links does not make it.
 */
@Named
@ViewScoped
public class ConfirmEmailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyAccountService myAccount;

    private String token;
    private String confirmedEmail;

    public void confirm() {
        MyAccountService.EmailChanged changed;
        try {
            changed = myAccount.confirmEmailChange(token);
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
            return;
        }
        if (changed.previous().equals(changed.current())) {
            Messages.error("confirmEmail.taken");
            return;
        }
        confirmedEmail = changed.current();
        PanelSession.renamed((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                changed.previous(), changed.current());
        Messages.info("confirmEmail.done", confirmedEmail);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The address confirmed, once the button was pressed. */
    public String getConfirmedEmail() {
        return confirmedEmail;
    }
}
