package dev.helpdesk.account.application;

import java.io.Serializable;

/** The account settings as panels, the API and the public login page read them. */
public record AccountSettingsView(boolean customerPanelEnabled, String brandColor, boolean hasLogo, String termsUrl,
                                  String privacyUrl, String defaultLanguage) implements Serializable {
}
