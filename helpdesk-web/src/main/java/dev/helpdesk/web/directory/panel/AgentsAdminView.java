package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.AgentChange;
import dev.helpdesk.directory.application.AgentView;
import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.directory.application.NewAgent;
import dev.helpdesk.directory.application.PermissionGroupView;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.sla.application.ShiftView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Management > Agents: every agent with role, departments, permission group and whether they may sign in; one
 * form registers a new agent or changes the one picked from the table.
 */
@Named
@ViewScoped
public class AgentsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "agentForm";

    @EJB
    private DirectoryAdminService directoryAdmin;

    @EJB
    private DirectoryQuery directoryQuery;

    @EJB
    private SlaSettingsService sla;

    @EJB
    private TwoFactorService twoFactor;

    private List<AgentView> agents;
    private List<DepartmentView> departments;
    private List<PermissionGroupView> groups;
    private List<ShiftView> shifts;

    private Long editingId;
    private String name;
    private String email;
    private AgentRole role = AgentRole.AGENT;
    private DirectoryKind directory = DirectoryKind.LOCAL;
    private String password;
    private String directoryAccount;
    private String savedDirectoryAccount;
    private List<Long> departmentIds = new ArrayList<>();
    private Long permissionGroupId;
    private boolean active = true;
    private Long accessShiftId;
    private Long savedAccessShiftId;

    @PostConstruct
    void load() {
        agents = directoryAdmin.agents();
        // inactive ones too: what is linked to them stays, and is kept ready for when they come back
        departments = directoryQuery.allDepartments();
        groups = directoryAdmin.permissionGroups();
        shifts = sla.shifts();
    }

    public void edit(AgentView agent) {
        editingId = agent.id();
        name = agent.name();
        email = agent.email();
        role = agent.role();
        directory = agent.directory();
        password = null;
        directoryAccount = agent.directoryAccount();
        savedDirectoryAccount = agent.directoryAccount();
        departmentIds = new ArrayList<>(agent.departmentIds());
        permissionGroupId = agent.permissionGroupId();
        active = agent.active();
        accessShiftId = agent.accessShiftId();
        savedAccessShiftId = agent.accessShiftId();
    }

    public void clear() {
        editingId = null;
        name = null;
        email = null;
        role = AgentRole.AGENT;
        directory = DirectoryKind.LOCAL;
        password = null;
        directoryAccount = null;
        savedDirectoryAccount = null;
        departmentIds = new ArrayList<>();
        permissionGroupId = null;
        active = true;
        accessShiftId = null;
        savedAccessShiftId = null;
    }

    public void save() {
        try {
            if (editingId == null) {
                boolean local = directory == DirectoryKind.LOCAL;
                directoryAdmin.createAgent(new NewAgent(name, email, role, directory, local ? password : null,
                        local ? null : directoryAccount, null, departmentIds, permissionGroupId));
                Messages.info("admin.agentAdded", name.strip());
            } else {
                directoryAdmin.changeAgent(editingId, new AgentChange(name, role, departmentIds, permissionGroupId,
                        active));
                if (directory == DirectoryKind.LDAP && !Objects.equals(blankless(directoryAccount),
                        savedDirectoryAccount)) {
                    directoryAdmin.changeDirectoryAccount(editingId, directoryAccount);
                }
                if (!Objects.equals(accessShiftId, savedAccessShiftId)) {
                    directoryAdmin.bindToShift(editingId, accessShiftId);
                }
                Messages.info("admin.saved");
            }
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        clear();
        load();
    }

    /**
     * An agent who lost the phone: their authenticator key and recovery codes go, and their next sign-in asks them
     * to set up the app again (if the account requires it) or lets them in with the password alone.
     */
    public void resetTwoFactor(AgentView agent) {
        try {
            twoFactor.reset(agent.id());
        } catch (NotFoundException e) {
            Messages.error("admin.agentGone");
            return;
        }
        Messages.info("admin.twoFactorReset", agent.name());
    }

    /** The work shift an agent may sign in during, by name; nothing when not bound. */
    public String shiftName(Long id) {
        return id == null ? "" : shifts.stream().filter(s -> s.id().equals(id)).map(ShiftView::name).findFirst()
                .orElse("");
    }

    public String departmentNames(List<Long> ids) {
        Map<Long, String> byId = departments.stream().collect(Collectors.toMap(DepartmentView::id,
                DepartmentView::name));
        return ids.stream().map(byId::get).filter(n -> n != null).sorted().collect(Collectors.joining(", "));
    }

    public String groupName(Long id) {
        return groups.stream().filter(g -> g.id().equals(id)).map(PermissionGroupView::name).findFirst().orElse("");
    }

    public AgentRole[] getRoles() {
        return AgentRole.values();
    }

    public DirectoryKind[] getDirectories() {
        return DirectoryKind.values();
    }

    public List<AgentView> getAgents() {
        return agents;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public List<PermissionGroupView> getGroups() {
        return groups;
    }

    public List<ShiftView> getShifts() {
        return shifts;
    }

    public Long getAccessShiftId() {
        return accessShiftId;
    }

    public void setAccessShiftId(Long accessShiftId) {
        this.accessShiftId = accessShiftId;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AgentRole getRole() {
        return role;
    }

    public void setRole(AgentRole role) {
        this.role = role;
    }

    public DirectoryKind getDirectory() {
        return directory;
    }

    public void setDirectory(DirectoryKind directory) {
        this.directory = directory;
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getDirectoryAccount() {
        return directoryAccount;
    }

    public void setDirectoryAccount(String directoryAccount) {
        this.directoryAccount = directoryAccount;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<Long> departmentIds) {
        this.departmentIds = departmentIds;
    }

    public Long getPermissionGroupId() {
        return permissionGroupId;
    }

    public void setPermissionGroupId(Long permissionGroupId) {
        this.permissionGroupId = permissionGroupId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
