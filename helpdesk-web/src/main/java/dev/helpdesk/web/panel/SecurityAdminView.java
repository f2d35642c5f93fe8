package dev.helpdesk.web.panel;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.security.application.AccessRestrictionService;
import dev.helpdesk.security.application.AccessRulesView;
import dev.helpdesk.security.application.TwoFactorService;
import dev.helpdesk.security.domain.PasswordStrength;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Management › Account settings, security: whether every agent must sign in with a second factor, the weakest
 * password accepted, whether agents may change their own e-mail, and where agents and customers may come from.
 */
@Named
@ViewScoped
public class SecurityAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private AccessRestrictionService access;

    @EJB
    private AccountSettingsService accountSettings;

    private boolean requireTwoFactor;
    private String agentAllowList;
    private String customerAllowList;
    private String trustedProxies;
    private boolean confirmLockOut;
    private PasswordStrength minPasswordStrength;
    private boolean agentsMayChangeEmail;

    @PostConstruct
    void load() {
        requireTwoFactor = twoFactor.requiredForAll();
        minPasswordStrength = accountSettings.minimumPasswordStrength();
        agentsMayChangeEmail = accountSettings.agentsMayChangeEmail();
        AccessRulesView rules = access.current();
        agentAllowList = rules.agentAllowList();
        customerAllowList = rules.customerAllowList();
        trustedProxies = rules.trustedProxies();
    }

    public void save() {
        try {
            access.change(new AccessRulesView(agentAllowList, customerAllowList, trustedProxies), confirmLockOut);
        } catch (InvalidInputException e) {
            Messages.fieldError("securityForm", e);
            return;
        }
        twoFactor.requireForAll(requireTwoFactor);
        accountSettings.requirePasswordStrength(minPasswordStrength);
        if (agentsMayChangeEmail != accountSettings.agentsMayChangeEmail()) {
            accountSettings.letAgentsChangeEmail(agentsMayChangeEmail);
        }
        confirmLockOut = false;
        load();
        Messages.info("admin.securitySaved");
    }

    public boolean isRequireTwoFactor() {
        return requireTwoFactor;
    }

    public void setRequireTwoFactor(boolean requireTwoFactor) {
        this.requireTwoFactor = requireTwoFactor;
    }

    public String getAgentAllowList() {
        return agentAllowList;
    }

    public void setAgentAllowList(String agentAllowList) {
        this.agentAllowList = agentAllowList;
    }

    public String getCustomerAllowList() {
        return customerAllowList;
    }

    public void setCustomerAllowList(String customerAllowList) {
        this.customerAllowList = customerAllowList;
    }

    public String getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(String trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public PasswordStrength getMinPasswordStrength() {
        return minPasswordStrength;
    }

    public void setMinPasswordStrength(PasswordStrength minPasswordStrength) {
        this.minPasswordStrength = minPasswordStrength;
    }

    public boolean isAgentsMayChangeEmail() {
        return agentsMayChangeEmail;
    }

    public void setAgentsMayChangeEmail(boolean agentsMayChangeEmail) {
        this.agentsMayChangeEmail = agentsMayChangeEmail;
    }

    public boolean isConfirmLockOut() {
        return confirmLockOut;
    }

    public void setConfirmLockOut(boolean confirmLockOut) {
        this.confirmLockOut = confirmLockOut;
    }
}
