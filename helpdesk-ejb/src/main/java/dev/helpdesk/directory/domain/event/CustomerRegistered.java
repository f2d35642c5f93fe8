package dev.helpdesk.directory.domain.event;

import dev.helpdesk.directory.domain.Customer;
import java.time.Instant;

/**
 * A customer was registered (by an agent, the mail intake or single sign-on), fired in the registering transaction
 * for other areas to observe, as the ticket events are.
 */
public record CustomerRegistered(Customer customer, Instant at) {
}
