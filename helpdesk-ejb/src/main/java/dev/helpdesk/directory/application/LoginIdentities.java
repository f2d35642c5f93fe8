package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.LoginName;
import dev.helpdesk.directory.domain.PasswordHasher;
import dev.helpdesk.shared.domain.Language;
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

    /**
     * The e-mail a login name signs in as: an e-mail is itself; an account name is the e-mail of the directory user
     * registered with it, if any.
     */
    public Optional<String> emailOf(String loginName) {
        String name = LoginName.normalized(loginName);
        if (name.indexOf('@') >= 0) {
            return Optional.of(name);
        }
        Optional<String> agent = em.createQuery(
                        "SELECT a.email FROM Agent a WHERE a.credentials.directoryAccount = :name", String.class)
                .setParameter("name", name).getResultStream().findFirst();
        return agent.isPresent() ? agent : em.createQuery(
                        "SELECT c.email FROM Customer c WHERE c.credentials.directoryAccount = :name", String.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** Who a login name is in the help desk, for the administrator's directory test: "agent (LDAP) e-mail". */
    public Optional<String> registration(String loginName) {
        Optional<String> email = emailOf(loginName);
        if (email.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> agent = em.createQuery("SELECT a FROM Agent a WHERE a.email = :email", Agent.class)
                .setParameter("email", email.get()).getResultList().stream().findFirst()
                .map(a -> "AGENT " + a.credentials().directoryKind() + " " + a.email());
        return agent.isPresent() ? agent : em.createQuery("SELECT c FROM Customer c WHERE c.email = :email",
                        Customer.class)
                .setParameter("email", email.get()).getResultList().stream().findFirst()
                .map(c -> "CUSTOMER " + c.credentials().directoryKind() + " " + c.email());
    }

    /** The work of a password check, for a login name no one has (see {@link PasswordHasher#checkAgainstNobody}). */
    public void checkPasswordOfNobody(String password) {
        PasswordHasher.checkAgainstNobody(password);
    }

    /** Whether an agent or a customer signs in with this e-mail. */
    public boolean isRegistered(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult()
                + em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.email = :email", Long.class)
                .setParameter("email", email).getSingleResult() > 0;
    }

    /** Whether the login belongs to a user whose password the directory checks. */
    public boolean isDirectoryUser(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.email = :email AND a.credentials.directory = :ldap",
                        Long.class).setParameter("email", email).setParameter("ldap", DirectoryKind.LDAP)
                .getSingleResult()
                + em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.email = :email "
                                + "AND c.credentials.directory = :ldap", Long.class)
                .setParameter("email", email).setParameter("ldap", DirectoryKind.LDAP).getSingleResult() > 0;
    }

    public Optional<String> activeRole(String loginName) {
        return role(loginName, null);
    }

    /**
     * The role of a panel session that signed in when the password had changed {@code credentialsVersion} times:
     * nothing once it has changed again, so a new password ends every other session.
     */
    public Optional<String> sessionRole(String loginName, long credentialsVersion) {
        return role(loginName, credentialsVersion);
    }

    /** How many times the login's password was changed, for a session signing in now to remember. */
    public long credentialsVersion(String loginName) {
        String email = loginName.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("SELECT a.credentialsVersion FROM Agent a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getResultStream().findFirst()
                .or(() -> em.createQuery("SELECT c.credentialsVersion FROM Customer c WHERE c.email = :email",
                        Long.class).setParameter("email", email).getResultStream().findFirst())
                .orElse(0L);
    }

    /** The interface language the login's person chose (a tag such as {@code pt-BR}), if the login is anyone's. */
    public Optional<String> language(String loginName) {
        String email = loginName.strip().toLowerCase(Locale.ROOT);
        Optional<Language> agent = em.createQuery("SELECT a.language FROM Agent a WHERE a.email = :email",
                Language.class).setParameter("email", email).getResultStream().findFirst();
        return agent.or(() -> em.createQuery("SELECT c.language FROM Customer c WHERE c.email = :email",
                        Language.class).setParameter("email", email).getResultStream().findFirst())
                .map(Language::tag);
    }

    private Optional<String> role(String loginName, Long credentialsVersion) {
        String email = loginName.strip().toLowerCase(Locale.ROOT);
        String version = credentialsVersion == null ? "" : " AND p.credentialsVersion = :version";
        var agentQuery = em.createQuery("SELECT p.role FROM Agent p WHERE p.email = :email AND p.active = TRUE"
                + version, AgentRole.class).setParameter("email", email);
        var customerQuery = em.createQuery("SELECT COUNT(p) FROM Customer p WHERE p.email = :email "
                + "AND p.active = TRUE" + version, Long.class).setParameter("email", email);
        if (credentialsVersion != null) {
            agentQuery.setParameter("version", credentialsVersion);
            customerQuery.setParameter("version", credentialsVersion);
        }
        Optional<String> agentRole = agentQuery.getResultList().stream().findFirst().map(AgentRole::securityRole);
        if (agentRole.isPresent()) {
            return agentRole;
        }
        return customerQuery.getSingleResult() > 0 ? Optional.of(Roles.CUSTOMER) : Optional.empty();
    }
}
