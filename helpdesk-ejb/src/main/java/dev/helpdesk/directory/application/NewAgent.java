package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import java.util.List;

/**
 * What an administrator types to register an agent; the password is only for LOCAL agents, the directory account
 * name (optional) only for LDAP ones; without a permission group the agent joins the account's default group.
 */
public record NewAgent(String name, String email, AgentRole role, DirectoryKind directory, String password,
                       String directoryAccount, String language, List<Long> departmentIds, Long permissionGroupId) {
}
