package dev.helpdesk.security.token.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.security.token.domain.ApiToken;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Issues API tokens and tells whom a presented token acts as. */
@Stateless
public class ApiTokenService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** An administrator issues a token acting as an agent or a customer, found by e-mail. */
    @RolesAllowed(Roles.ADMIN)
    public IssuedToken issue(String ownerEmail, String name) {
        String email = Inputs.email("owner", ownerEmail);
        ApiToken.Issued issued = em.createQuery("SELECT a FROM Agent a WHERE a.email = :email", Agent.class)
                .setParameter("email", email).getResultList().stream().findFirst()
                .map(agent -> ApiToken.issueFor(agent, name, clock.instant()))
                .orElseGet(() -> ApiToken.issueFor(customer(email), name, clock.instant()));
        em.persist(issued.token());
        em.flush();
        return new IssuedToken(issued.token().id(), issued.token().name(), email, issued.secret());
    }

    /** Every token, newest first, with whom it acts as. */
    @RolesAllowed(Roles.ADMIN)
    public List<TokenView> all() {
        return em.createQuery("SELECT new dev.helpdesk.security.token.application.TokenView(t.id, t.name, "
                        + "COALESCE(a.email, c.email), t.createdAt, t.revokedAt) "
                        + "FROM ApiToken t LEFT JOIN t.agent a LEFT JOIN t.customer c ORDER BY t.id DESC",
                        TokenView.class)
                .getResultList();
    }

    /** The token stops working at once; it stays listed as revoked. */
    @RolesAllowed(Roles.ADMIN)
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new NotFoundException("token", id);
        }
        token.revoke(clock.instant());
    }

    /**
     * The login name a presented token acts as, if the token is known, not revoked and its owner active.
     * Called before authentication, hence open to all.
     */
    @PermitAll
    public Optional<String> principalFor(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM ApiToken t LEFT JOIN FETCH t.agent LEFT JOIN FETCH t.customer "
                        + "WHERE t.tokenHash = :hash AND t.revokedAt IS NULL", ApiToken.class)
                .setParameter("hash", ApiToken.digest(secret.strip()))
                .getResultList().stream()
                .filter(ApiToken::ownerIsActive)
                .map(ApiToken::principalName)
                .findFirst();
    }

    private Customer customer(String email) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                .setParameter("email", email).getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("owner", "validation.user.unknown"));
    }
}
