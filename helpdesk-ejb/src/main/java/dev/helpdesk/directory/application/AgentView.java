package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import java.io.Serializable;
import java.util.List;

public record AgentView(Long id, String name, String email, AgentRole role, DirectoryKind directory,
                        String language, List<Long> departmentIds) implements Serializable {
}
