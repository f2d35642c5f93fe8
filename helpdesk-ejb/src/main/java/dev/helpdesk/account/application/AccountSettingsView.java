package dev.helpdesk.account.application;

import dev.helpdesk.account.domain.TicketListColumn;
import java.io.Serializable;
import java.util.List;

/** The branding and customer panel as panels, the API and the public login page read them. */
public record AccountSettingsView(boolean customerPanelEnabled, boolean chatFooterEnabled,
                                  boolean inviteMailCustomers, String brandColor, boolean hasLogo, String termsUrl,
                                  String privacyUrl, String defaultLanguage,
                                  List<TicketListColumn> ticketListColumns)
        implements Serializable {

    public boolean showsColumn(String column) {
        return ticketListColumns.contains(TicketListColumn.valueOf(column));
    }
}
