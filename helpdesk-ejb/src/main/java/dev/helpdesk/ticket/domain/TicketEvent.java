package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * One entry of a ticket's history: who did what, when, and the value before and after. Written by the ticket
 * itself in the same transaction as the change, never edited afterwards.
 */
@Entity
public class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_protocol")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    private TicketEventKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_agent_id")
    private Agent actorAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_customer_id")
    private Customer actorCustomer;

    @Column(name = "value_before")
    private String before;

    @Column(name = "value_after")
    private String after;

    private Instant createdAt;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, TicketEventKind kind, Author actor, String before, String after, Instant now) {
        this.ticket = ticket;
        this.kind = kind;
        this.actorAgent = actor.agent();
        this.actorCustomer = actor.customer();
        this.before = before;
        this.after = after;
        this.createdAt = now;
    }

    public TicketEventKind kind() {
        return kind;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
