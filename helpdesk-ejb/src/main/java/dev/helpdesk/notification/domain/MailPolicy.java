package dev.helpdesk.notification.domain;

import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The account's mail policy (one row): whether customers get mails about their tickets, whether a ticket opened by
 * e-mail is confirmed to its sender, and whether a mail from an unknown address registers its sender.
 */
@Entity
public class MailPolicy {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private CustomerMailPolicy customerMailPolicy;

    /** Whether a mail from an unknown address registers its sender as a customer (else it waits in quarantine). */
    private boolean registerMailSenders;

    /** Whether the customer gets a confirmation, with the protocol, of a ticket they opened by e-mail (C2). */
    private boolean confirmMailTickets;

    /**
     * Whether a mail naming a ticket it cannot be trusted to belong to waits in quarantine (else it opens a ticket of
     * its own).
     */
    private boolean quarantineUnverifiedReplies;

    private Instant updatedAt;

    @Version
    private long version;

    protected MailPolicy() {
    }

    public void chooseCustomerMailPolicy(CustomerMailPolicy policy, Instant now) {
        this.customerMailPolicy = Inputs.required("customerMailPolicy", policy);
        this.updatedAt = now;
    }

    public void changeMailChannel(boolean registerSenders, boolean confirmTickets, boolean quarantineUnverified,
                                  Instant now) {
        this.registerMailSenders = registerSenders;
        this.confirmMailTickets = confirmTickets;
        this.quarantineUnverifiedReplies = quarantineUnverified;
        this.updatedAt = now;
    }

    public CustomerMailPolicy customerMailPolicy() {
        return customerMailPolicy;
    }

    public boolean registersMailSenders() {
        return registerMailSenders;
    }

    public boolean confirmsMailTickets() {
        return confirmMailTickets;
    }

    public boolean quarantinesUnverifiedReplies() {
        return quarantineUnverifiedReplies;
    }
}
