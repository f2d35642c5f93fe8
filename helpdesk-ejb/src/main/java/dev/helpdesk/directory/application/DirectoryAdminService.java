package dev.helpdesk.directory.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.calendar.domain.WorkShift;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.shared.domain.InputChecks;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Positions;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Registers departments, categories, agents and permission groups. Administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DirectoryAdminService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewLogins logins;

    @Inject
    @Any
    private Instance<ClassificationUsers> users;

    public DepartmentView createDepartment(String name, List<String> categoryNames) {
        Department department = new Department(name, clock.instant());
        if (departmentNameTaken(department.name(), null)) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
        if (categoryNames != null) {
            categoryNames.forEach(department::addCategory);
        }
        department.placeAt(departmentsInOrder().size() + 1);
        em.persist(department);
        em.flush();
        return adminView(department);
    }

    /**
     * Renames, moves and (de)activates a department (Management › Departments). Its tickets keep it and show the
     * new name. Deactivating it is refused while it is the only active department (nothing could be opened) or
     * while active mailboxes still open tickets in it (their mail would have nowhere to go); its SLA rules,
     * agents and canned responses stay, for its existing tickets and for when it is reactivated. Every field is
     * checked before anything changes, and the change is audited.
     */
    public DepartmentView changeDepartment(long id, ClassificationChange change) {
        Inputs.required("body", change);
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new NotFoundException("department", id);
        }
        InputChecks checks = new InputChecks();
        String name = checks.value(() -> Inputs.requiredText("name", change.name(), Department.MAX_NAME_LENGTH));
        // checked before the rename, which the query would otherwise flush into the unique index
        if (name != null && departmentNameTaken(name, id)) {
            checks.refuse(new InvalidInputException("name", "validation.duplicate"));
        }
        checks.position("position", change.position());
        if (Boolean.FALSE.equals(change.active()) && department.isActive()) {
            if (activeDepartmentCount() <= 1) {
                checks.refuse(new InvalidInputException("active", "validation.department.lastActive"));
            }
            List<String> using = usersOf(id, null);
            if (!using.isEmpty()) {
                checks.refuse(InvalidInputException.withArguments("active", "validation.department.inUse",
                        String.join(", ", using)));
            }
        }
        checks.throwIfAny();
        String before = classificationText(department.name(), department.position(), department.isActive());
        department.rename(name);
        if (change.active() != null) {
            department.activate(change.active());
        }
        if (change.position() != null) {
            renumber(Positions.moveTo(departmentsInOrder(), department, change.position(), "position"));
        }
        em.flush();
        audit.changed(AuditAction.DEPARTMENT_CHANGED, "department", id, before,
                classificationText(department.name(), department.position(), department.isActive()));
        return adminView(department);
    }

    /** One place up ({@code delta} -1) or down (+1) in the department list; audited. */
    public DepartmentView moveDepartment(long id, int delta) {
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new NotFoundException("department", id);
        }
        int before = department.position();
        renumber(Positions.moveBy(departmentsInOrder(), department, delta));
        em.flush();
        audit.changed(AuditAction.DEPARTMENT_CHANGED, "department", id, "position=" + before,
                "position=" + department.position());
        return adminView(department);
    }

    /**
     * Renames, moves and (de)activates one of a department's categories: as for departments, its tickets keep it;
     * deactivating it is refused while active mailboxes open tickets in it. Audited.
     */
    public CategoryView changeCategory(long departmentId, long categoryId, ClassificationChange change) {
        Inputs.required("body", change);
        Category category = em.find(Category.class, categoryId);
        Department department = em.find(Department.class, departmentId);
        if (category == null || department == null || !category.belongsTo(department)) {
            throw new NotFoundException("category", categoryId);
        }
        InputChecks checks = new InputChecks();
        String name = checks.value(() -> Inputs.requiredText("name", change.name(), Category.MAX_NAME_LENGTH));
        if (name != null && department.hasCategoryNamed(name, category)) {
            checks.refuse(new InvalidInputException("name", "validation.duplicate"));
        }
        checks.position("position", change.position());
        if (Boolean.FALSE.equals(change.active()) && category.isActive()) {
            List<String> using = usersOf(departmentId, categoryId);
            if (!using.isEmpty()) {
                checks.refuse(InvalidInputException.withArguments("active", "validation.category.inUse",
                        String.join(", ", using)));
            }
        }
        checks.throwIfAny();
        String before = classificationText(category.name(), category.position(), category.isActive());
        category.rename(name);
        if (change.active() != null) {
            category.activate(change.active());
        }
        if (change.position() != null) {
            List<Category> moved = Positions.moveTo(department.categories(), category, change.position(), "position");
            for (int i = 0; i < moved.size(); i++) {
                moved.get(i).placeAt(i + 1);
            }
        }
        em.flush();
        audit.changed(AuditAction.CATEGORY_CHANGED, "category", categoryId, before,
                classificationText(category.name(), category.position(), category.isActive()));
        return categoryView(category);
    }

    /** Every department, inactive ones too, with every category: what Management › Departments keeps. */
    public List<DepartmentView> departments() {
        return DirectoryQuery.all(em);
    }

    private List<String> usersOf(long departmentId, Long categoryId) {
        List<String> found = new ArrayList<>();
        users.forEach(u -> found.addAll(u.activeUsersOf(departmentId, categoryId)));
        return found;
    }

    private long activeDepartmentCount() {
        return em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.active = TRUE", Long.class)
                .getSingleResult();
    }

    private List<Department> departmentsInOrder() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.position, d.name", Department.class)
                .getResultList();
    }

    private static void renumber(List<Department> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    private static String classificationText(String name, int position, boolean active) {
        return "name=" + name + ", position=" + position + ", active=" + active;
    }

    /**
     * Sets whom the department's mails come from (Management › Departments): a sender address and a name, each
     * blank for the account's. Audited.
     */
    public DepartmentView changeDepartmentSender(long departmentId, String address, String name) {
        Department department = em.find(Department.class, departmentId);
        if (department == null) {
            throw new NotFoundException("department", departmentId);
        }
        String before = senderText(department);
        department.changeSender(address, name);
        audit.changed(AuditAction.SETTINGS_CHANGED, "department", departmentId, before, senderText(department));
        return adminView(department);
    }

    private static String senderText(Department department) {
        return "sender=" + department.senderAddress() + ", name=" + department.senderName();
    }

    public CategoryView addCategory(long departmentId, String name) {
        Department department = department(departmentId);
        Category category = department.addCategory(name);
        em.flush();
        return categoryView(category);
    }

    @EJB
    private AuditLog audit;

    @EJB
    private AccountOwnerService owner;

    public AgentView createAgent(NewAgent request) {
        String email = Inputs.email("email", request.email());
        logins.requireUnused(email);
        Agent agent = new Agent(request.name(), email, request.role(), group(request.permissionGroupId()),
                logins.credentials(request.directory(), request.password(), request.directoryAccount(), email,
                        request.name()),
                logins.language(request.language()), clock.instant());
        if (request.departmentIds() != null) {
            request.departmentIds().forEach(id -> agent.linkTo(department(id)));
        }
        em.persist(agent);
        em.flush();
        audit.changed(AuditAction.AGENT_CREATED, "agent", agent.id(), null, AgentView.of(agent).toString());
        return AgentView.of(agent);
    }

    /** Changes an agent's name, role, departments, group and active flag; takes effect on their next request. */
    public AgentView changeAgent(long id, AgentChange change) {
        Inputs.required("body", change);
        Agent agent = em.find(Agent.class, id);
        if (agent == null) {
            throw new NotFoundException("agent", id);
        }
        boolean staysAdmin = change.role() == AgentRole.ADMIN && !Boolean.FALSE.equals(change.active());
        if (agent.role() == AgentRole.ADMIN && agent.isActive() && !staysAdmin && otherActiveAdmins(agent) == 0) {
            throw new InvalidInputException("role", "validation.agent.lastAdmin");
        }
        if (!staysAdmin && owner.isOwner(id)) {
            throw new InvalidInputException("role", "validation.agent.owner");
        }
        String before = AgentView.of(agent).toString();
        agent.rename(change.name());
        agent.changeRole(change.role());
        agent.relinkTo(change.departmentIds() == null ? Set.of()
                : change.departmentIds().stream().map(this::department).collect(Collectors.toSet()));
        if (change.permissionGroupId() != null) {
            agent.joinGroup(group(change.permissionGroupId()));
        }
        if (change.active() != null) {
            agent.activate(change.active());
        }
        em.flush();
        audit.changed(AuditAction.AGENT_CHANGED, "agent", id, before, AgentView.of(agent).toString());
        return AgentView.of(agent);
    }

    /** Binds the agent to a work shift (D4), or frees them when {@code shiftId} is null. */
    public AgentView bindToShift(long id, Long shiftId) {
        Agent agent = em.find(Agent.class, id);
        if (agent == null) {
            throw new NotFoundException("agent", id);
        }
        if (shiftId != null && em.find(WorkShift.class, shiftId) == null) {
            throw new InvalidInputException("shiftId", "validation.shift.unknown");
        }
        String before = "accessShift=" + agent.accessShiftId();
        agent.bindToShift(shiftId);
        em.flush();
        audit.changed(AuditAction.AGENT_CHANGED, "agent", id, before, "accessShift=" + shiftId);
        return AgentView.of(agent);
    }

    /** The account name a directory agent may also sign in with (Active Directory's sAMAccountName); blank: none. */
    public AgentView changeDirectoryAccount(long id, String account) {
        Agent agent = em.find(Agent.class, id);
        if (agent == null) {
            throw new NotFoundException("agent", id);
        }
        String before = "directoryAccount=" + agent.credentials().directoryAccount();
        String normalized = Credentials.account(account);
        if (normalized != null && !normalized.equals(agent.credentials().directoryAccount())) {
            logins.requireUnusedAccount(normalized);
        }
        agent.useDirectoryAccount(normalized);
        em.flush();
        audit.changed(AuditAction.AGENT_CHANGED, "agent", id, before, "directoryAccount=" + normalized);
        return AgentView.of(agent);
    }

    private long otherActiveAdmins(Agent agent) {
        return em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.role = :admin AND a.active = TRUE "
                        + "AND a.id <> :id", Long.class)
                .setParameter("admin", AgentRole.ADMIN).setParameter("id", agent.id()).getSingleResult();
    }

    /** Every agent, active first, by name. */
    public List<AgentView> agents() {
        return em.createQuery("SELECT DISTINCT a FROM Agent a JOIN FETCH a.permissionGroup "
                        + "LEFT JOIN FETCH a.departments ORDER BY a.active DESC, a.name", Agent.class)
                .getResultList().stream().map(AgentView::of).toList();
    }

    public List<PermissionGroupView> permissionGroups() {
        Map<Long, Long> members = em.createQuery("SELECT a.permissionGroup.id, COUNT(a) FROM Agent a "
                        + "GROUP BY a.permissionGroup.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return em.createQuery("SELECT g FROM PermissionGroup g ORDER BY g.defaultGroup DESC, g.name",
                        PermissionGroup.class)
                .getResultList().stream()
                .map(g -> PermissionGroupView.of(g, members.getOrDefault(g.id(), 0L)))
                .toList();
    }

    public PermissionGroupView createPermissionGroup(String name, GroupPermissions permissions) {
        PermissionGroup group = new PermissionGroup(name, permissions);
        requireUnusedGroupName(group.name(), null);
        em.persist(group);
        em.flush();
        audit.changed(AuditAction.PERMISSION_GROUP_CREATED, "permissionGroup", group.id(), null,
                PermissionGroupView.of(group, 0).toString());
        return PermissionGroupView.of(group, 0);
    }

    /** Renames the group and replaces its permissions; its agents see the change on their next request. */
    public PermissionGroupView changePermissionGroup(long id, String name, GroupPermissions permissions) {
        PermissionGroup group = existingGroup(id);
        String before = PermissionGroupView.of(group, 0).toString();
        group.rename(name);
        requireUnusedGroupName(group.name(), id);
        group.grant(permissions);
        em.flush();
        audit.changed(AuditAction.PERMISSION_GROUP_CHANGED, "permissionGroup", id, before,
                PermissionGroupView.of(group, 0).toString());
        return permissionGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    /** Only an empty custom group can go; the default group always stays. */
    public void deletePermissionGroup(long id) {
        PermissionGroup group = existingGroup(id);
        if (group.isDefault()) {
            throw new InvalidInputException("id", "validation.permissionGroup.default");
        }
        long members = em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.permissionGroup = :group", Long.class)
                .setParameter("group", group).getSingleResult();
        if (members > 0) {
            throw new InvalidInputException("id", "validation.permissionGroup.inUse");
        }
        String before = PermissionGroupView.of(group, 0).toString();
        em.remove(group);
        em.flush();
        audit.changed(AuditAction.PERMISSION_GROUP_DELETED, "permissionGroup", id, before, null);
    }

    private PermissionGroup group(Long id) {
        if (id == null) {
            return em.createQuery(PermissionGroup.DEFAULT_GROUP, PermissionGroup.class).getSingleResult();
        }
        PermissionGroup group = em.find(PermissionGroup.class, id);
        if (group == null) {
            throw new InvalidInputException("permissionGroupId", "validation.permissionGroup.unknown");
        }
        return group;
    }

    private PermissionGroup existingGroup(long id) {
        PermissionGroup group = em.find(PermissionGroup.class, id);
        if (group == null) {
            throw new NotFoundException("permission group", id);
        }
        return group;
    }

    private void requireUnusedGroupName(String name, Long exceptId) {
        long taken = em.createQuery("SELECT COUNT(g) FROM PermissionGroup g WHERE LOWER(g.name) = LOWER(:name) AND g.id <> :id",
                        Long.class)
                .setParameter("name", name).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
    }

    private boolean departmentNameTaken(String name, Long except) {
        return em.createQuery("SELECT COUNT(d) FROM Department d WHERE LOWER(d.name) = LOWER(:name) "
                        + "AND d.id <> :except", Long.class)
                .setParameter("name", name).setParameter("except", except == null ? -1L : except)
                .getSingleResult() > 0;
    }

    private Department department(long id) {
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new InvalidInputException("departmentIds", "validation.department.unknown");
        }
        return department;
    }

    /** The department as forms offer it: its active categories only. */
    static DepartmentView view(Department department) {
        return new DepartmentView(department.id(), department.name(), department.categories().stream()
                .filter(Category::isActive).map(DirectoryAdminService::categoryView).toList(),
                department.senderAddress(), department.senderName(), department.position(), department.isActive());
    }

    /** The department as its administrators keep it: every category, inactive ones too. */
    static DepartmentView adminView(Department department) {
        return new DepartmentView(department.id(), department.name(), department.categories().stream()
                .map(DirectoryAdminService::categoryView).toList(),
                department.senderAddress(), department.senderName(), department.position(), department.isActive());
    }

    static CategoryView categoryView(Category category) {
        return new CategoryView(category.id(), category.name(), category.position(), category.isActive());
    }
}
