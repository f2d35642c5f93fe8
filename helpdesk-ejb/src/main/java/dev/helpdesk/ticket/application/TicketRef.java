package dev.helpdesk.ticket.application;

import java.io.Serializable;

/** What the opener gets back: the protocol to quote and the opaque id for integrations. */
public record TicketRef(Long protocol, String publicId) implements Serializable {
}
