package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.DirectoryKind;
import java.io.Serializable;
import java.util.List;

/** An agent as administrators keep them; {@code accessShiftId} is the work shift they may sign in during, if bound. */
public record AgentView(Long id, String name, String email, AgentRole role, DirectoryKind directory,
                        String directoryAccount, String language, List<Long> departmentIds, Long permissionGroupId, boolean active,
                        Long accessShiftId)
        implements Serializable {

    static AgentView of(Agent agent) {
        return new AgentView(agent.id(), agent.name(), agent.email(), agent.role(),
                agent.credentials().directoryKind(), agent.credentials().directoryAccount(), agent.language().tag(),
                agent.departments().stream().map(Department::id).sorted().toList(),
                agent.permissionGroup().id(), agent.isActive(), agent.accessShiftId());
    }
}
