package dev.helpdesk.security.application;

import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** What signed-in people may see and change about themselves. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
public class MyAccountService {

    @EJB
    private CurrentUser currentUser;

    public Caller me() {
        return currentUser.caller();
    }

    /** Keeps the caller's interface language (pt-BR, en, es) for every later session. */
    public Caller changeLanguage(String languageTag) {
        Language language = Language.fromTag(languageTag);
        Caller caller = currentUser.caller();
        if (caller.isAgent()) {
            currentUser.agent().preferLanguage(language);
        } else {
            currentUser.customer().preferLanguage(language);
        }
        return currentUser.caller();
    }
}
