package dev.helpdesk.security.sso.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.event.CustomerRegistered;
import dev.helpdesk.security.domain.SecurityPolicy;
import dev.helpdesk.security.domain.Sha256;
import dev.helpdesk.security.sso.domain.SsoToken;
import dev.helpdesk.security.sso.domain.SsoUsedKey;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Single sign-on (D7): the company's trusted system signs a short-lived key with the shared secret, and the key
 * opens the agent or customer panel without a password. A key works once (its hash is kept until it would have
 * expired); a customer unknown to the help desk is registered when the key says {@code create}. Single sign-on
 * replaces the password only: IP restriction and the agent's second factor still apply.
 */
@Stateless
public class SsoService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Who a valid key signs in, with their role, and whether the agent must still type a second-factor code. */
    public record SsoLogin(String loginName, String role, boolean needsSecondFactor) {
    }

    @PermitAll
    public SsoLogin agent(String jwt) throws SsoToken.Refused {
        SsoToken token = accept(jwt, true);
        Agent agent = em.createQuery("SELECT a FROM Agent a WHERE a.email = :email AND a.active = TRUE", Agent.class)
                .setParameter("email", token.email().toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new SsoToken.Refused("unknown"));
        audit.signedIn(agent.email(), AuditAction.LOGIN_SSO);
        return new SsoLogin(agent.email(), agent.role().name(),
                twoFactor.stageFor(agent.email()) == TwoFactorService.LoginStage.CODE);
    }

    @PermitAll
    public SsoLogin customer(String jwt) throws SsoToken.Refused {
        SsoToken token = accept(jwt, false);
        String email = token.email().toLowerCase(Locale.ROOT);
        Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        if (customer == null) {
            if (!token.create()) {
                throw new SsoToken.Refused("unknown");
            }
            String name = token.name() == null || token.name().isBlank()
                    ? email.substring(0, email.indexOf('@')) : token.name();
            customer = customers.registerWithoutPassword(email, name, CustomerRegistered.Channel.SINGLE_SIGN_ON);
        }
        if (!customer.isActive()) {
            throw new SsoToken.Refused("unknown");
        }
        audit.signedIn(customer.email(), AuditAction.LOGIN_SSO);
        return new SsoLogin(customer.email(), Roles.CUSTOMER, false);
    }

    /** Where a customer who is not signed in is sent for a key, when the customer panel uses single sign-on. */
    @PermitAll
    public Optional<String> customerLoginAddress() {
        SecurityPolicy settings = policy();
        return settings.ssoCustomers() ? Optional.ofNullable(settings.ssoCustomerLoginUrl()) : Optional.empty();
    }

    @RolesAllowed(Roles.ADMIN)
    public SsoSettings current() {
        SecurityPolicy settings = policy();
        return new SsoSettings(settings.hasSsoSecret(), settings.ssoAgents(), settings.ssoCustomers(),
                settings.ssoCustomerLoginUrl());
    }

    /** A null or empty secret keeps the one stored; it is never shown again. */
    @RolesAllowed(Roles.ADMIN)
    public SsoSettings change(String secret, boolean agents, boolean customersToo, String customerLoginUrl) {
        SsoSettings before = current();
        policy().configureSso(secret, agents, customersToo, customerLoginUrl, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "sso", before.toString(), current().toString()
                + (secret == null || secret.isEmpty() ? "" : ", new secret"));
        return current();
    }

    private SsoToken accept(String jwt, boolean forAgents) throws SsoToken.Refused {
        byte[] secret = policy().ssoSecretFor(forAgents).orElseThrow(() -> new SsoToken.Refused("off"));
        Instant now = clock.instant();
        SsoToken token = SsoToken.verify(jwt, secret, now);
        String hash = Sha256.hex(jwt.strip());
        em.createQuery("DELETE FROM SsoUsedKey k WHERE k.expiresAt < :old")
                .setParameter("old", now.minus(SsoToken.LEEWAY)).executeUpdate();
        if (em.find(SsoUsedKey.class, hash) != null) {
            throw new SsoToken.Refused("replayed");
        }
        em.persist(new SsoUsedKey(hash, token.expiresAt()));
        em.flush();
        return token;
    }

    private SecurityPolicy policy() {
        return em.find(SecurityPolicy.class, SecurityPolicy.ID);
    }

}
