package dev.helpdesk.web.security.panel;

import dev.helpdesk.directory.application.PasswordPolicyService;
import dev.helpdesk.directory.domain.PasswordStrength;
import dev.helpdesk.security.access.application.AccessRestrictionService;
import dev.helpdesk.security.access.application.AccessRulesView;
import dev.helpdesk.security.login.application.AgentEmailPolicyService;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
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
    private PasswordPolicyService passwordPolicy;

    @EJB
    private AgentEmailPolicyService agentEmailPolicy;

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
        minPasswordStrength = passwordPolicy.minimumPasswordStrength();
        agentsMayChangeEmail = agentEmailPolicy.agentsMayChangeEmail();
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
        passwordPolicy.requirePasswordStrength(minPasswordStrength);
        if (agentsMayChangeEmail != agentEmailPolicy.agentsMayChangeEmail()) {
            agentEmailPolicy.letAgentsChangeEmail(agentsMayChangeEmail);
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
