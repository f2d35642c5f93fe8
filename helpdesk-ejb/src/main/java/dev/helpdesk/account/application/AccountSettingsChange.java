package dev.helpdesk.account.application;

import java.util.List;

/** New account settings; a null switch or column list leaves that setting as it is. */
public record AccountSettingsChange(boolean customerPanelEnabled, Boolean chatFooterEnabled,
                                    Boolean inviteMailCustomers, String brandColor,
                                    String termsUrl, String privacyUrl, String defaultLanguage,
                                    List<String> ticketListColumns) {
}
