package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.OwnerView;

/** The agent who owns the account as the API shows them. */
public record OwnerJson(Long agentId, String name, String email) {

    static OwnerJson of(OwnerView v) {
        return new OwnerJson(v.agentId(), v.name(), v.email());
    }
}
