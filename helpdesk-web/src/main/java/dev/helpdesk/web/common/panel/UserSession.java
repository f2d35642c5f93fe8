package dev.helpdesk.web.common.panel;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.security.login.application.MyAccountService;
import dev.helpdesk.shared.domain.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * What a panel session keeps: the interface language and the signed-in person's name. Small and serializable,
 * so sessions can be replicated across a cluster.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private MyAccountService myAccount;

    @EJB
    private AccountSettingsService accountSettings;

    private Language language;
    private String displayName;
    private String loginName;

    /** The person's language; before signing in, the account's default. */
    public Locale getLocale() {
        syncWithCaller();
        if (language == null) {
            language = Language.fromTag(accountSettings.current().defaultLanguage());
        }
        return language.locale();
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public String getDisplayName() {
        syncWithCaller();
        return displayName;
    }

    /** Switches the interface language; a signed-in person keeps the choice for later sessions too. */
    public void changeLanguage(String tag) {
        language = Language.fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getUserPrincipal() != null) {
            myAccount.changeLanguage(language.tag());
        }
        faces.getViewRoot().setLocale(language.locale());
    }

    private void syncWithCaller() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var principal = faces == null ? null : faces.getExternalContext().getUserPrincipal();
        if (principal == null || principal.getName().equals(loginName)) {
            return;
        }
        Caller caller = currentUser.caller();
        loginName = principal.getName();
        displayName = caller.name();
        language = Language.fromTag(caller.language());
    }
}
