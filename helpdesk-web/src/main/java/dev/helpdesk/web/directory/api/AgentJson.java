package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.AgentView;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import java.util.List;

/** An agent as the API shows it; {@code accessShiftId} is the work shift bound to (D4), or null. */
public record AgentJson(Long id, String name, String email, AgentRole role, DirectoryKind directory,
                        String directoryAccount, String language, List<Long> departmentIds, Long permissionGroupId,
                        boolean active, Long accessShiftId) {

    static AgentJson of(AgentView v) {
        return new AgentJson(v.id(), v.name(), v.email(), v.role(), v.directory(), v.directoryAccount(),
                v.language(), v.departmentIds(), v.permissionGroupId(), v.active(), v.accessShiftId());
    }
}
