package dev.helpdesk.account.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A column the account may show in the agents' ticket lists. */
public enum TicketListColumn {
    PROTOCOL, SUBJECT, TYPE, CUSTOMER, ORGANIZATION, AGENT, DEPARTMENT, CATEGORY, PRIORITY, DEADLINE, SITUATION,
    STATUS, CREATED_AT, UPDATED_AT;

    /**
     * The chosen columns in the order of this enum (the table's order), without repeats. At least the protocol or
     * the subject must stay: they are what opens a ticket from the list.
     */
    public static List<TicketListColumn> choose(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("ticketListColumns", "validation.required");
        }
        Set<TicketListColumn> chosen = new LinkedHashSet<>();
        for (String name : names) {
            try {
                chosen.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("ticketListColumns", "validation.option");
            }
        }
        if (!chosen.contains(PROTOCOL) && !chosen.contains(SUBJECT)) {
            throw new InvalidInputException("ticketListColumns", "validation.listColumns.link");
        }
        List<TicketListColumn> ordered = new ArrayList<>(Arrays.asList(values()));
        ordered.retainAll(chosen);
        return List.copyOf(ordered);
    }
}
