package dev.helpdesk.directory.domain.event;

import dev.helpdesk.directory.domain.Organization;
import java.time.Instant;

/** An organization was registered. */
public record OrganizationRegistered(Organization organization, Instant at) {
}
