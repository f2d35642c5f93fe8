package dev.helpdesk.directory.domain.event;

import dev.helpdesk.directory.domain.Customer;
import java.time.Instant;

/**
 * A customer was registered (by an agent, the mail intake, single sign-on, themself or the contact form), fired in the registering transaction
 * for other areas to observe, as the ticket events are.
 */
public record CustomerRegistered(Customer customer, Channel by, Instant at) {

    /** Who registered the customer. */
    public enum Channel {
        /** an agent or administrator, in a panel or the API */
        AGENT,
        /** the mail intake, for the sender of a mail from an address nobody used */
        MAIL,
        /** single sign-on, for someone a trusted system vouched for */
        SINGLE_SIGN_ON,
        /** the person themself, on the customer panel, once the link mailed to the address was followed */
        SELF,
        /** the public contact form, for a sender whose address nobody used */
        CONTACT_FORM
    }
}
