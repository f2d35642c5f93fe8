package dev.helpdesk.web.common.api;

import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.TicketVisibility;
import java.util.Set;

/** What a permission group grants, as the API shows it on the caller. */
public record GroupPermissionsJson(TicketVisibility ticketVisibility, boolean viewCustomers, boolean editCustomers,
                                   boolean viewReports, boolean viewTicketSurveys, boolean viewChatSurveys,
                                   Set<String> customerData) {

    static GroupPermissionsJson of(GroupPermissions v) {
        return new GroupPermissionsJson(v.ticketVisibility(), v.viewCustomers(), v.editCustomers(), v.viewReports(),
                v.viewTicketSurveys(), v.viewChatSurveys(), v.customerData());
    }
}
