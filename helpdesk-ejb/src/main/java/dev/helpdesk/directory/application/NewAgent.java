package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import java.util.List;

/** What an administrator types to register an agent; the password is only for LOCAL agents. */
public record NewAgent(String name, String email, AgentRole role, DirectoryKind directory, String password,
                       String language, List<Long> departmentIds) {
}
