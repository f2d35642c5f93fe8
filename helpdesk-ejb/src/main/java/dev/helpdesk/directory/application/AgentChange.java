package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AgentRole;
import java.util.List;

/** What an administrator may change on an agent: the login e-mail and directory stay. */
public record AgentChange(String name, AgentRole role, List<Long> departmentIds, Long permissionGroupId,
                          Boolean active) {
}
