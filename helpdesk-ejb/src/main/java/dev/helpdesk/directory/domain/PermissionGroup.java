package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * What the agents of the group may see and do. Applies to plain agents only: administrators and department
 * managers are not governed by a group. The account's default group exists from the start and cannot be removed.
 */
@Entity
public class PermissionGroup {

    public static final int MAX_NAME_LENGTH = 120;
    /** JPQL for the account's default group, which new agents join unless told otherwise. */
    public static final String DEFAULT_GROUP = "SELECT g FROM PermissionGroup g WHERE g.defaultGroup = TRUE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "default_group")
    private boolean defaultGroup;

    @Enumerated(EnumType.STRING)
    private TicketVisibility ticketVisibility;

    private boolean viewCustomers;

    private boolean editCustomers;

    private boolean viewReports;

    private boolean viewTicketSurveys;

    private boolean viewChatSurveys;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permission_group_customer_data", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "item")
    private Set<String> customerData = new HashSet<>();

    @Version
    private long version;

    protected PermissionGroup() {
    }

    public PermissionGroup(String name, GroupPermissions permissions) {
        rename(name);
        grant(permissions);
    }

    public void rename(String newName) {
        this.name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
    }

    /** Replaces every permission of the group; its agents see the change on their next request. */
    public void grant(GroupPermissions permissions) {
        Inputs.required("permissions", permissions);
        this.ticketVisibility = Inputs.required("ticketVisibility", permissions.ticketVisibility());
        this.viewCustomers = permissions.viewCustomers() || permissions.editCustomers();
        this.editCustomers = permissions.editCustomers();
        this.viewReports = permissions.viewReports();
        this.viewTicketSurveys = permissions.viewTicketSurveys();
        this.viewChatSurveys = permissions.viewChatSurveys();
        this.customerData = canonical(permissions.customerData());
    }

    private static Set<String> canonical(Collection<String> items) {
        Set<String> result = new HashSet<>();
        if (items == null) {
            return result;
        }
        for (String item : items) {
            String parsed = CustomerData.parse(item);
            if (parsed == null) {
                throw new InvalidInputException("customerData", "validation.option");
            }
            result.add(parsed);
        }
        return result;
    }

    public GroupPermissions permissions() {
        return new GroupPermissions(ticketVisibility, viewCustomers, editCustomers, viewReports, viewTicketSurveys,
                viewChatSurveys, Set.copyOf(customerData));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isDefault() {
        return defaultGroup;
    }

    public TicketVisibility ticketVisibility() {
        return ticketVisibility;
    }

    public Set<String> customerData() {
        return Collections.unmodifiableSet(customerData);
    }
}
