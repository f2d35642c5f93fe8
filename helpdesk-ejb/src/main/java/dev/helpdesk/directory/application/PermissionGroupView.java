package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.directory.domain.TicketVisibility;
import java.io.Serializable;
import java.util.List;

/** A permission group with its permissions and how many agents are in it. */
public record PermissionGroupView(Long id, String name, boolean defaultGroup, TicketVisibility ticketVisibility,
                                  boolean viewCustomers, boolean editCustomers, boolean viewReports,
                                  boolean viewTicketSurveys, boolean viewChatSurveys, List<String> customerData,
                                  long agents) implements Serializable {

    static PermissionGroupView of(PermissionGroup group, long agents) {
        GroupPermissions p = group.permissions();
        return new PermissionGroupView(group.id(), group.name(), group.isDefault(), p.ticketVisibility(),
                p.viewCustomers(), p.editCustomers(), p.viewReports(), p.viewTicketSurveys(), p.viewChatSurveys(),
                p.customerData().stream().sorted().toList(), agents);
    }
}
