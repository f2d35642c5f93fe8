package dev.helpdesk.account.application;

import dev.helpdesk.account.domain.TicketListColumn;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
import java.io.Serializable;
import java.util.List;

/**
 * The account settings as panels, the API and the public login page read them; {@code customerMailPolicy} says
 * whether customers choose, when opening a ticket, to be told of it by e-mail.
 */
public record AccountSettingsView(boolean customerPanelEnabled, boolean chatFooterEnabled, String brandColor,
                                  boolean hasLogo, String termsUrl, String privacyUrl, String defaultLanguage,
                                  List<TicketListColumn> ticketListColumns, CustomerMailPolicy customerMailPolicy)
        implements Serializable {

    public boolean showsColumn(String column) {
        return ticketListColumns.contains(TicketListColumn.valueOf(column));
    }
}
