package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;

/** Who wrote a ticket message or made a change: an agent, a customer, or the help desk itself (neither). */
public record Author(Agent agent, Customer customer) {

    /** The help desk acting on its own, e.g. a batch job closing an inactive ticket. */
    public static final Author SYSTEM = new Author(null, null);

    public Author {
        if (agent != null && customer != null) {
            throw new IllegalArgumentException("An author is an agent or a customer, not both");
        }
    }

    public static Author of(Agent agent) {
        return new Author(agent, null);
    }

    public static Author of(Customer customer) {
        return new Author(null, customer);
    }

    public boolean isAgent() {
        return agent != null;
    }
}
