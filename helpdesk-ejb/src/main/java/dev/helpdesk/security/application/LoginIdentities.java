package dev.helpdesk.security.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The security role of a login name, read on every request: an agent's role, CUSTOMER for a customer, nothing for
 * a deactivated or unregistered one (a directory account that the help desk never registered gets nothing).
 * Called while a request is being authenticated, hence open to all.
 */
@Stateless
@PermitAll
public class LoginIdentities {

    @PersistenceContext
    private EntityManager em;

    public Optional<String> activeRole(String loginName) {
        String email = loginName.strip().toLowerCase(Locale.ROOT);
        Optional<String> agentRole = em.createQuery(
                        "SELECT a.role FROM Agent a WHERE a.email = :email AND a.active = TRUE", AgentRole.class)
                .setParameter("email", email)
                .getResultList().stream().findFirst()
                .map(AgentRole::securityRole);
        if (agentRole.isPresent()) {
            return agentRole;
        }
        long customers = em.createQuery(
                        "SELECT COUNT(c) FROM Customer c WHERE c.email = :email AND c.active = TRUE", Long.class)
                .setParameter("email", email)
                .getSingleResult();
        return customers > 0 ? Optional.of(Roles.CUSTOMER) : Optional.empty();
    }
}
