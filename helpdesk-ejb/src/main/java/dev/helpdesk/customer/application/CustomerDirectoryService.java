package dev.helpdesk.customer.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.customfield.application.CustomFieldValues;
import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.application.NewLogins;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.directory.domain.Organization;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.directory.domain.event.CustomerChanged;
import dev.helpdesk.directory.domain.event.CustomerDeleted;
import dev.helpdesk.directory.domain.event.CustomerRegistered;
import dev.helpdesk.directory.domain.event.OrganizationChanged;
import dev.helpdesk.directory.domain.event.OrganizationRegistered;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.domain.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers and organizations, for agents. Administrators and department managers may do everything; a plain
 * agent sees them only if their permission group grants "view customers" and registers or changes them only with
 * "create / change customers". Personal data the group does not grant is masked in what is returned and left
 * untouched by changes.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class CustomerDirectoryService {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewLogins logins;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private CustomFieldValues customFields;

    @Inject
    private Event<Object> events;

    @EJB
    private AuditLog audit;

    @EJB
    private OrganizationQuery organizationQuery;

    public CustomerView createCustomer(NewCustomer request) {
        Caller caller = mayEdit();
        Inputs.required("body", request);
        String email = Inputs.email("email", request.email());
        if (Credentials.account(request.directoryAccount()) != null && !caller.isAdmin()) {
            throw new AccessDeniedException("Only administrators map customers to directory accounts");
        }
        logins.requireUnused(email);
        Customer customer = new Customer(request.name(), email,
                logins.credentials(request.directory(), request.password(), request.directoryAccount(), email,
                        request.name()),
                logins.language(request.language()), clock.instant());
        customer.changePhone(request.phone());
        if (request.organizationId() != null) {
            customer.joinOrganization(organization(request.organizationId(), "organizationId"));
        }
        em.persist(customer);
        em.flush();
        customFields.keepForCustomer(customer.id(), request.customFields());
        events.fire(new CustomerRegistered(customer, CustomerRegistered.Channel.AGENT, clock.instant()));
        audit.changed(AuditAction.CUSTOMER_CREATED, "customer", customer.id(), null, summary(customer));
        return view(customer, caller);
    }

    /**
     * Registers someone a trusted channel vouches for (the sender of a mail from an address nobody uses, or a
     * single sign-on key that asks for it, the sender of the public contact form): named as that channel names them,
     * in the account's language, without a password until they choose one through a link. Called by the mail intake,
     * single sign-on and the contact form only.
     */
    @PermitAll
    public Customer registerWithoutPassword(String email, String name, CustomerRegistered.Channel by) {
        return withoutPassword(email, name, by);
    }

    /**
     * An agent registers, while opening a ticket for them, someone who called or came by: name and e-mail only, no
     * password until they choose one through a link. Agents whose group registers customers.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public Customer registerForTicket(String email, String name) {
        mayEdit();
        String cleanName = Inputs.requiredText("customerName", name, Person.MAX_NAME_LENGTH);
        try {
            return withoutPassword(email, cleanName, CustomerRegistered.Channel.AGENT);
        } catch (InvalidInputException e) {
            // the ticket form asks the address as the customer's
            throw "email".equals(e.field()) ? new InvalidInputException("customerEmail", e.messageKey()) : e;
        }
    }

    private Customer withoutPassword(String email, String name, CustomerRegistered.Channel by) {
        String address = Inputs.email("email", email);
        logins.requireUnused(address);
        String cleanName = name.replaceAll("\\p{Cntrl}", " ").strip();
        Customer customer = new Customer(Inputs.shortened(cleanName, Person.MAX_NAME_LENGTH), address,
                Credentials.none(), logins.language(null), clock.instant());
        em.persist(customer);
        em.flush();
        events.fire(new CustomerRegistered(customer, by, clock.instant()));
        audit.changed(AuditAction.CUSTOMER_CREATED, "customer", customer.id(), null, summary(customer));
        return customer;
    }

    /**
     * Registers someone who registered themself on the customer panel, with the password they chose, once the link
     * mailed to the address proved it theirs. Called by self-registration only, which holds the proof: no one is
     * signed in yet.
     */
    @PermitAll
    public Customer registerSelf(String email, String name, Credentials password, Language language) {
        String address = Inputs.email("email", email);
        logins.requireUnused(address);
        Customer customer = new Customer(name, address, password, language, clock.instant());
        em.persist(customer);
        em.flush();
        events.fire(new CustomerRegistered(customer, CustomerRegistered.Channel.SELF, clock.instant()));
        audit.changed(AuditAction.CUSTOMER_CREATED, "customer", customer.id(), null, summary(customer));
        return customer;
    }

    /**
     * Deletes a customer who never opened a ticket, with their custom-field values and what other areas keep of them
     * (API tokens), which they remove when they observe {@link CustomerDeleted}. One with tickets is kept for the
     * tickets' sake and can be deactivated instead.
     */
    public void deleteCustomer(long id) {
        mayEdit();
        Customer customer = findCustomer(id);
        long tickets = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult();
        if (tickets > 0) {
            throw new InvalidInputException("id", "validation.customer.hasTickets");
        }
        String before = summary(customer);
        em.flush();
        em.detach(customer);
        events.fire(new CustomerDeleted(id, clock.instant()));
        customFields.forgetCustomer(id);
        em.createNativeQuery("DELETE FROM customer WHERE id = ?1").setParameter(1, id).executeUpdate();
        audit.changed(AuditAction.CUSTOMER_DELETED, "customer", id, before, null);
    }

    public CustomerView changeCustomer(long id, CustomerChange change) {
        Caller caller = mayEdit();
        Inputs.required("body", change);
        Customer customer = findCustomer(id);
        String before = summary(customer);
        customer.rename(change.name());
        if (caller.mayViewCustomerData(CustomerData.PHONE)) {
            customer.changePhone(change.phone());
        }
        customer.joinOrganization(change.organizationId() == null ? null
                : organization(change.organizationId(), "organizationId"));
        if (change.managesOrganization() != null) {
            customer.manageOrganization(change.managesOrganization());
        }
        if (change.active() != null) {
            customer.activate(change.active());
        }
        customFields.keepForCustomer(id, withHiddenValuesKept(caller, change.customFields(),
                customFields.ofCustomer(id)));
        em.flush();
        events.fire(new CustomerChanged(customer, clock.instant()));
        audit.changed(AuditAction.CUSTOMER_CHANGED, "customer", id, before, summary(customer));
        return view(customer, caller);
    }

    /**
     * The account name a directory customer may also sign in with (sAMAccountName); blank: none. Administrators
     * only: whoever maps a login to a directory account decides whose directory password opens it.
     */
    @RolesAllowed(Roles.ADMIN)
    public CustomerView changeDirectoryAccount(long id, String account) {
        Caller caller = mayEdit();
        Customer customer = findCustomer(id);
        String before = summary(customer);
        String normalized = Credentials.account(account);
        if (normalized != null && !normalized.equals(customer.credentials().directoryAccount())) {
            logins.requireUnusedAccount(normalized);
        }
        customer.useDirectoryAccount(normalized);
        em.flush();
        audit.changed(AuditAction.CUSTOMER_CHANGED, "customer", id, before, summary(customer));
        return view(customer, caller);
    }

    public CustomerView customer(long id) {
        Caller caller = mayView();
        return view(findCustomer(id), caller);
    }

    /**
     * Customers whose name or e-mail (for those who may see it) contains the text, newest first, after the id
     * {@code before}; one query per page plus one for the page's custom fields.
     */
    public List<CustomerView> customers(String text, Long before, int pageSize) {
        Caller caller = mayView();
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c LEFT JOIN FETCH c.organization WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            jpql.append(" AND (LOWER(c.name) LIKE :text ESCAPE '!'");
            if (caller.mayViewCustomerData(CustomerData.EMAIL)) {
                jpql.append(" OR c.email LIKE :text ESCAPE '!'");
            }
            jpql.append(")");
            parameters.put("text", SearchText.containing(text));
        }
        if (before != null) {
            jpql.append(" AND c.id < :before");
            parameters.put("before", before);
        }
        jpql.append(" ORDER BY c.id DESC");
        TypedQuery<Customer> query = em.createQuery(jpql.toString(), Customer.class);
        parameters.forEach(query::setParameter);
        List<Customer> page = query.setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))).getResultList();
        Map<Long, List<FieldValue>> fields = customFields.ofCustomers(page.stream().map(Customer::id).toList());
        return page.stream().map(c -> view(c, caller, fields.getOrDefault(c.id(), List.of()))).toList();
    }

    public OrganizationView createOrganization(String name, Long parentId, Map<Long, String> fieldValues) {
        mayEdit();
        Organization parent = parentId == null ? null : organization(parentId, "parentId");
        Organization organization = new Organization(name, parent, clock.instant());
        requireUnusedOrganizationName(organization.name(), null);
        em.persist(organization);
        em.flush();
        customFields.keepForOrganization(organization.id(), fieldValues);
        events.fire(new OrganizationRegistered(organization, clock.instant()));
        return view(organization);
    }

    public OrganizationView changeOrganization(long id, String name, Long parentId, Boolean active,
                                               Map<Long, String> fieldValues) {
        mayEdit();
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("organization", id);
        }
        organization.rename(name);
        requireUnusedOrganizationName(organization.name(), id);
        organization.moveUnder(parentId == null ? null : organization(parentId, "parentId"));
        if (active != null) {
            organization.activate(active);
        }
        customFields.keepForOrganization(id, fieldValues);
        em.flush();
        events.fire(new OrganizationChanged(organization, clock.instant()));
        return view(organization);
    }

    /** Active organizations by name, for those who may see customers. */
    public List<OrganizationView> organizations() {
        mayView();
        return organizationQuery.organizations();
    }

    public OrganizationView organization(long id) {
        mayView();
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("organization", id);
        }
        return view(organization);
    }

    /** The values the caller submitted for fields they see, and the stored ones of fields hidden from them. */
    private static Map<Long, String> withHiddenValuesKept(Caller caller, Map<Long, String> submitted,
                                                         List<FieldValue> stored) {
        Map<Long, String> result = new HashMap<>();
        if (submitted != null) {
            submitted.forEach((fieldId, value) -> {
                if (fieldId != null && caller.mayViewCustomerData(CustomerData.field(fieldId))) {
                    result.put(fieldId, value);
                }
            });
        }
        stored.stream().filter(v -> !caller.mayViewCustomerData(CustomerData.field(v.fieldId())))
                .forEach(v -> result.put(v.fieldId(), v.value()));
        return result;
    }

    private Caller mayView() {
        Caller caller = currentUser.caller();
        if (!caller.permissions().viewCustomers()) {
            throw new AccessDeniedException("The agent's permission group does not grant viewing customers");
        }
        return caller;
    }

    private Caller mayEdit() {
        Caller caller = currentUser.caller();
        if (!caller.permissions().editCustomers()) {
            throw new AccessDeniedException("The agent's permission group does not grant registering customers");
        }
        return caller;
    }

    private CustomerView view(Customer customer, Caller caller) {
        return view(customer, caller, customFields.ofCustomer(customer.id()));
    }

    private static CustomerView view(Customer customer, Caller caller, List<FieldValue> fields) {
        Organization organization = customer.organization();
        return new CustomerView(customer.id(), customer.name(),
                caller.mayViewCustomerData(CustomerData.EMAIL) ? customer.email() : null,
                caller.mayViewCustomerData(CustomerData.PHONE) ? customer.phone() : null,
                customer.credentials().directoryKind(),
                caller.mayViewCustomerData(CustomerData.EMAIL) ? customer.credentials().directoryAccount() : null,
                customer.language().tag(),
                organization == null ? null : organization.id(), organization == null ? null : organization.name(),
                customer.managesOrganization(), customer.isActive(),
                fields.stream().filter(v -> v.place() == CustomFieldPlace.CUSTOMER
                        && caller.mayViewCustomerData(CustomerData.field(v.fieldId()))).toList());
    }

    private OrganizationView view(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(),
                organization.parent() == null ? null : organization.parent().id(), organization.isActive(),
                customFields.ofOrganization(organization.id()));
    }

    /** What the audit log keeps of a customer before and after a change. */
    private static String summary(Customer customer) {
        return "name=" + customer.name() + ", email=" + customer.email() + ", phone=" + customer.phone()
                + ", organization=" + (customer.organization() == null ? null : customer.organization().id())
                + ", directoryAccount=" + customer.credentials().directoryAccount() + ", active=" + customer.isActive();
    }

    private Customer findCustomer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException("customer", id);
        }
        return customer;
    }

    private Organization organization(long id, String field) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new InvalidInputException(field, "validation.organization.unknown");
        }
        return organization;
    }

    private void requireUnusedOrganizationName(String name, Long exceptId) {
        long taken = em.createQuery("SELECT COUNT(o) FROM Organization o WHERE LOWER(o.name) = LOWER(:name) "
                        + "AND o.id <> :id", Long.class)
                .setParameter("name", name).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
    }
}
