package dev.helpdesk.directory.application;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.Organization;
import dev.helpdesk.security.domain.PasswordHasher;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Registers departments, categories, agents and customers. Administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DirectoryAdminService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AccountSettingsService accountSettings;

    public DepartmentView createDepartment(String name, List<String> categoryNames) {
        Department department = new Department(name, clock.instant());
        if (departmentNameTaken(department.name())) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
        if (categoryNames != null) {
            categoryNames.forEach(department::addCategory);
        }
        em.persist(department);
        em.flush();
        return view(department);
    }

    public CategoryView addCategory(long departmentId, String name) {
        Department department = department(departmentId);
        Category category = department.addCategory(name);
        em.flush();
        return new CategoryView(category.id(), category.name());
    }

    public AgentView createAgent(NewAgent request) {
        String email = Inputs.email("email", request.email());
        requireUnusedLogin(email);
        Agent agent = new Agent(request.name(), email, request.role(),
                credentials(request.directory(), request.password()), language(request.language()), clock.instant());
        if (request.departmentIds() != null) {
            request.departmentIds().forEach(id -> agent.linkTo(department(id)));
        }
        em.persist(agent);
        em.flush();
        return new AgentView(agent.id(), agent.name(), agent.email(), agent.role(),
                agent.credentials().directoryKind(), agent.language().tag(),
                agent.departments().stream().map(Department::id).sorted().toList());
    }

    public CustomerView createCustomer(NewCustomer request) {
        String email = Inputs.email("email", request.email());
        requireUnusedLogin(email);
        Customer customer = new Customer(request.name(), email, credentials(request.directory(), request.password()),
                language(request.language()), clock.instant());
        if (request.organizationId() != null) {
            customer.joinOrganization(organization(request.organizationId(), "organizationId"));
        }
        em.persist(customer);
        em.flush();
        return new CustomerView(customer.id(), customer.name(), customer.email(),
                customer.credentials().directoryKind(), customer.language().tag(), request.organizationId());
    }

    public OrganizationView createOrganization(String name, Long parentId) {
        Organization parent = parentId == null ? null : organization(parentId, "parentId");
        Organization organization = new Organization(name, parent, clock.instant());
        long taken = em.createQuery("SELECT COUNT(o) FROM Organization o WHERE LOWER(o.name) = LOWER(:name)",
                Long.class).setParameter("name", organization.name()).getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
        em.persist(organization);
        em.flush();
        return new OrganizationView(organization.id(), organization.name(), parentId);
    }

    private Organization organization(long id, String field) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new InvalidInputException(field, "validation.organization.unknown");
        }
        return organization;
    }

    /** The language asked for, or the account's default. */
    private Language language(String tag) {
        return Language.fromTag(tag == null || tag.isBlank() ? accountSettings.current().defaultLanguage() : tag);
    }

    private Credentials credentials(DirectoryKind directory, String password) {
        if (directory == DirectoryKind.LDAP) {
            if (password != null && !password.isEmpty()) {
                throw new InvalidInputException("password", "validation.password.directoryUser");
            }
            return Credentials.directory();
        }
        return Credentials.local(PasswordHasher.hash("password", password));
    }

    private void requireUnusedLogin(String email) {
        long agents = em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
        long customers = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
        if (agents + customers > 0) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
    }

    private boolean departmentNameTaken(String name) {
        return em.createQuery("SELECT COUNT(d) FROM Department d WHERE LOWER(d.name) = LOWER(:name)", Long.class)
                .setParameter("name", name).getSingleResult() > 0;
    }

    private Department department(long id) {
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new InvalidInputException("departmentIds", "validation.department.unknown");
        }
        return department;
    }

    static DepartmentView view(Department department) {
        return new DepartmentView(department.id(), department.name(), department.categories().stream()
                .filter(Category::isActive)
                .map(c -> new CategoryView(c.id(), c.name())).toList());
    }
}
