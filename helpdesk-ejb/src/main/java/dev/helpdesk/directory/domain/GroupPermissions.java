package dev.helpdesk.directory.domain;

import java.io.Serializable;
import java.util.Set;

/**
 * The permissions a group grants: which tickets its agents see, whether they see and register customers and
 * organizations, see reports and satisfaction answers, and which personal data of customers they see.
 */
public record GroupPermissions(TicketVisibility ticketVisibility, boolean viewCustomers, boolean editCustomers,
                               boolean viewReports, boolean viewTicketSurveys, boolean viewChatSurveys,
                               Set<String> customerData) implements Serializable {

    /** Everything: what administrators and department managers have, whatever group they are in. */
    public static final GroupPermissions UNRESTRICTED = new GroupPermissions(TicketVisibility.ALL_DEPARTMENTS,
            true, true, true, true, true, null);

    /** Whether the customer data item (see {@link CustomerData}) may be shown; null data means all of it. */
    public boolean mayView(String customerDataItem) {
        return customerData == null || customerData.contains(customerDataItem);
    }
}
