package dev.helpdesk.web.panel;

import dev.helpdesk.security.application.TwoFactorService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Management › Account settings, security: whether every agent must sign in with a second factor. */
@Named
@ViewScoped
public class SecurityAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TwoFactorService twoFactor;

    private boolean requireTwoFactor;

    @PostConstruct
    void load() {
        requireTwoFactor = twoFactor.requiredForAll();
    }

    public void save() {
        twoFactor.requireForAll(requireTwoFactor);
        Messages.info("admin.securitySaved");
    }

    public boolean isRequireTwoFactor() {
        return requireTwoFactor;
    }

    public void setRequireTwoFactor(boolean requireTwoFactor) {
        this.requireTwoFactor = requireTwoFactor;
    }
}
