package dev.helpdesk.web.common.panel;

import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.GroupPermissions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the signed-in agent's permission group grants, read once per request: an administrator's change to the
 * group shows on the agent's next page. The services check the same grants; this only shapes the pages.
 */
@Named
@RequestScoped
public class CallerPermissions {

    @EJB
    private CurrentUser currentUser;

    private GroupPermissions permissions;

    public GroupPermissions getGranted() {
        if (permissions == null) {
            GroupPermissions granted = currentUser.caller().permissions();
            permissions = granted == null ? GroupPermissions.UNRESTRICTED : granted;
        }
        return permissions;
    }
}
