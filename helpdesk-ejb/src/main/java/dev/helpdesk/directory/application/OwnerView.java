package dev.helpdesk.directory.application;

import java.io.Serializable;

/** The agent who owns the help desk account. */
public record OwnerView(Long agentId, String name, String email) implements Serializable {
}
