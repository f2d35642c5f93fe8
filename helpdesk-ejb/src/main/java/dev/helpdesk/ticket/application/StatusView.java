package dev.helpdesk.ticket.application;

import java.io.Serializable;

public record StatusView(Long id, String name) implements Serializable {
}
