package dev.helpdesk.ticket.application;

import java.io.Serializable;

/** A canned response filled in for one ticket, ready to be edited and sent. */
public record RenderedResponse(Long id, String title, String text) implements Serializable {
}
