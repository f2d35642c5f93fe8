package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;

/** Who wrote a ticket message: exactly one of an agent or a customer. */
public record Author(Agent agent, Customer customer) {

    public Author {
        if ((agent == null) == (customer == null)) {
            throw new IllegalArgumentException("An author is either an agent or a customer");
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
