package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.PermissionGroupView;
import dev.helpdesk.directory.domain.TicketVisibility;
import java.util.List;

/** A permission group with its permissions and how many agents are in it, as the API shows it. */
public record PermissionGroupJson(Long id, String name, boolean defaultGroup, TicketVisibility ticketVisibility,
                                  boolean viewCustomers, boolean editCustomers, boolean viewReports,
                                  boolean viewTicketSurveys, boolean viewChatSurveys, List<String> customerData,
                                  long agents) {

    static PermissionGroupJson of(PermissionGroupView v) {
        return new PermissionGroupJson(v.id(), v.name(), v.defaultGroup(), v.ticketVisibility(), v.viewCustomers(),
                v.editCustomers(), v.viewReports(), v.viewTicketSurveys(), v.viewChatSurveys(), v.customerData(),
                v.agents());
    }
}
