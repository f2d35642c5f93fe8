package dev.helpdesk.directory.domain.event;

import dev.helpdesk.directory.domain.Customer;
import java.time.Instant;

/** An agent changed a customer's record (name, phone, organization, active, custom fields). */
public record CustomerChanged(Customer customer, Instant at) {
}
