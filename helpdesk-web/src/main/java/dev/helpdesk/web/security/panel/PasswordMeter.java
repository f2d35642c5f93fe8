package dev.helpdesk.web.security.panel;

import dev.helpdesk.directory.application.PasswordPolicyService;
import dev.helpdesk.directory.domain.PasswordStrength;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The live meter beside a password field: the server's own estimate (the one that accepts or refuses the password),
 * refreshed as the person types, against the account's minimum.
 */
@Named
@RequestScoped
public class PasswordMeter {

    @EJB
    private PasswordPolicyService passwordPolicy;

    public PasswordStrength strength(String password, String email, String name) {
        return PasswordStrength.of(password, email, name);
    }

    public String label(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return "";
        }
        if (PasswordStrength.isCommon(password)) {
            return Messages.text("password.strength." + PasswordStrength.VERY_WEAK) + " · "
                    + Messages.text("password.common");
        }
        PasswordStrength strength = strength(password, email, name);
        PasswordStrength minimum = passwordPolicy.minimumPasswordStrength();
        return Messages.text("password.strength." + strength) + (strength.isAtLeast(minimum) ? ""
                : " · " + Messages.text("password.belowMinimum", Messages.text("password.strength." + minimum)));
    }

    public String styleClass(String password, String email, String name) {
        return "hd-strength hd-strength-" + strength(password, email, name).ordinal();
    }

    public PasswordStrength[] getLevels() {
        return PasswordStrength.values();
    }
}
