package dev.helpdesk.account.application;

import java.util.List;

/**
 * New account settings; a null switch, column list or origin list leaves that setting as it is (a blank origin list
 * removes the origins).
 */
public record AccountSettingsChange(boolean customerPanelEnabled, Boolean chatFooterEnabled,
                                    Boolean inviteMailCustomers, String brandColor,
                                    String termsUrl, String privacyUrl, String defaultLanguage,
                                    List<String> ticketListColumns, Boolean selfRegistrationEnabled,
                                    Boolean contactFormEnabled, String contactFormOrigins) {

    /** The change as it was before self-service existed: the self-service settings stay as they are. */
    public AccountSettingsChange(boolean customerPanelEnabled, Boolean chatFooterEnabled,
                                 Boolean inviteMailCustomers, String brandColor, String termsUrl, String privacyUrl,
                                 String defaultLanguage, List<String> ticketListColumns) {
        this(customerPanelEnabled, chatFooterEnabled, inviteMailCustomers, brandColor, termsUrl, privacyUrl,
                defaultLanguage, ticketListColumns, null, null, null);
    }
}
