package dev.helpdesk.web.account.panel;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.application.AccountSettingsView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The account's branding and switches for the pages of one request, read once. */
@Named
@RequestScoped
public class Branding {

    @EJB
    private AccountSettingsService accountSettings;

    private AccountSettingsView settings;

    public AccountSettingsView getSettings() {
        if (settings == null) {
            settings = accountSettings.current();
        }
        return settings;
    }
}
