package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One message in a ticket's conversation after the opening one; an internal note is never shown to customers. */
@Entity
public class Reply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_protocol")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_agent_id")
    private Agent authorAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_customer_id")
    private Customer authorCustomer;

    private String body;

    /** The sanitized HTML of a message written in the editor ({@link RichText}); null for a plain-text one. */
    private String bodyHtml;

    private boolean internal;

    private Instant createdAt;

    protected Reply() {
    }

    Reply(Ticket ticket, Author author, String body, String bodyHtml, boolean internal, Instant now) {
        this.ticket = ticket;
        this.authorAgent = author.agent();
        this.authorCustomer = author.customer();
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.internal = internal;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public boolean isInternal() {
        return internal;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
