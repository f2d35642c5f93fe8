package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.shared.domain.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the agent or customer record of the authenticated caller. The container has already authenticated
 * the call; this only maps the login name to the help desk's own records, and refuses inactive ones.
 */
@Stateless
@PermitAll
public class CurrentUser {

    /** A guard against organizations that loop in bad data, as {@code Customer.organizationChain} has. */
    private static final int MAX_ORGANIZATION_DEPTH = 20;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public Caller caller() {
        Optional<Agent> agent = findAgent();
        if (agent.isPresent()) {
            return callerOf(agent.get());
        }
        Customer c = customer();
        return new Caller(Caller.Kind.CUSTOMER, c.id(), c.email(), c.name(), null, c.language().tag(), null,
                c.managesOrganization() ? withDescendants(c.organization().id()) : List.of());
    }

    public static Caller callerOf(Agent a) {
        return new Caller(Caller.Kind.AGENT, a.id(), a.email(), a.name(), a.role(), a.language().tag(),
                a.permissions(), List.of());
    }

    /** The organization and every one below it, a query per level (organizations nest a few levels at most). */
    private List<Long> withDescendants(Long organizationId) {
        Set<Long> all = new LinkedHashSet<>(List.of(organizationId));
        Set<Long> level = Set.of(organizationId);
        for (int depth = 0; depth < MAX_ORGANIZATION_DEPTH && !level.isEmpty(); depth++) {
            level = new LinkedHashSet<>(em.createQuery("SELECT o.id FROM Organization o WHERE o.parent.id IN :ids",
                    Long.class).setParameter("ids", level).getResultList());
            level.removeAll(all);
            all.addAll(level);
        }
        return List.copyOf(all);
    }

    public Agent agent() {
        return findAgent().orElseThrow(() -> new AccessDeniedException("The caller is not an active agent"));
    }

    public Customer customer() {
        List<Customer> found = em.createQuery(
                        "SELECT c FROM Customer c WHERE c.email = :email AND c.active = TRUE", Customer.class)
                .setParameter("email", loginName())
                .getResultList();
        return found.stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("The caller is not an active customer"));
    }

    private Optional<Agent> findAgent() {
        return em.createQuery("SELECT a FROM Agent a JOIN FETCH a.permissionGroup "
                        + "WHERE a.email = :email AND a.active = TRUE", Agent.class)
                .setParameter("email", loginName())
                .getResultList().stream().findFirst();
    }

    private String loginName() {
        return context.getCallerPrincipal().getName().toLowerCase(Locale.ROOT);
    }
}
