package dev.helpdesk.account.application;

import dev.helpdesk.account.domain.TicketListColumn;
import java.io.Serializable;
import java.util.List;

/** The branding and customer panel as panels, the API and the public login page read them. */
public record AccountSettingsView(boolean customerPanelEnabled, boolean chatFooterEnabled,
                                  boolean inviteMailCustomers, String brandColor, boolean hasLogo, String termsUrl,
                                  String privacyUrl, String defaultLanguage,
                                  List<TicketListColumn> ticketListColumns, boolean selfRegistrationEnabled,
                                  boolean contactFormEnabled, String contactFormOrigins)
        implements Serializable {

    /** Whether the login page offers registration: the switch is on and customers may use the panel at all. */
    public boolean selfRegistrationOpen() {
        return customerPanelEnabled && selfRegistrationEnabled;
    }

    /** Whether the account has terms of use or a privacy policy, which whoever registers must accept. */
    public boolean hasTerms() {
        return termsUrl != null || privacyUrl != null;
    }

    public boolean showsColumn(String column) {
        return ticketListColumns.contains(TicketListColumn.valueOf(column));
    }
}
