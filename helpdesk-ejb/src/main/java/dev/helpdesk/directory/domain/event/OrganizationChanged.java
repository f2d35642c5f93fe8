package dev.helpdesk.directory.domain.event;

import dev.helpdesk.directory.domain.Organization;
import java.time.Instant;

/** An organization's record changed (name, parent, active, custom fields). */
public record OrganizationChanged(Organization organization, Instant at) {
}
