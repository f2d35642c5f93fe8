package dev.helpdesk.directory.application;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.PasswordHasher;
import dev.helpdesk.directory.domain.PasswordStrength;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What registering anyone who signs in needs: a login unused by agents and customers, credentials, a language. */
@Dependent
public class NewLogins {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountSettingsService accountSettings;

    @EJB
    private PasswordPolicyService passwordPolicy;

    public void requireUnused(String email) {
        if (isUsed(email)) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
    }

    /** Whether an agent or a customer signs in with this e-mail. */
    public boolean isUsed(String email) {
        long agents = em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
        long customers = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
        return agents + customers > 0;
    }

    /** A directory account name (already normalized) is one person's, across agents and customers. */
    public void requireUnusedAccount(String account) {
        if (account == null) {
            return;
        }
        long agents = em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.credentials.directoryAccount = :account",
                Long.class).setParameter("account", account).getSingleResult();
        long customers = em.createQuery(
                        "SELECT COUNT(c) FROM Customer c WHERE c.credentials.directoryAccount = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        if (agents + customers > 0) {
            throw new InvalidInputException("directoryAccount", "validation.directoryAccount.taken");
        }
    }

    /**
     * A local password (hashed), or none for people whose password the LDAP directory checks, who may have an
     * account name to sign in with too. The password must be as strong as the account asks, judged knowing the
     * person's own words (e-mail, name).
     */
    public Credentials credentials(DirectoryKind directory, String password, String directoryAccount, String email,
                            String name) {
        if (directory == DirectoryKind.LDAP) {
            if (password != null && !password.isEmpty()) {
                throw new InvalidInputException("password", "validation.password.directoryUser");
            }
            Credentials credentials = Credentials.directory(directoryAccount);
            requireUnusedAccount(credentials.directoryAccount());
            return credentials;
        }
        if (directoryAccount != null && !directoryAccount.isBlank()) {
            throw new InvalidInputException("directoryAccount", "validation.directoryAccount.localUser");
        }
        return localPassword("password", password, email, name);
    }

    /**
     * A local password for the person known by {@code email} and {@code name}, hashed, when it is as strong as the
     * account asks and not one of the common passwords, which no account accepts; else the error names {@code field}.
     */
    public Credentials localPassword(String field, String password, String email, String name) {
        String hash = PasswordHasher.hash(field, password);
        if (PasswordStrength.isCommon(password)) {
            throw new InvalidInputException(field, "validation.password.common");
        }
        if (!PasswordStrength.of(password, email, name).isAtLeast(passwordPolicy.minimumPasswordStrength())) {
            throw new InvalidInputException(field, "validation.password.weak");
        }
        return Credentials.local(hash);
    }

    /** The language asked for, or the account's default. */
    public Language language(String tag) {
        return Language.fromTag(tag == null || tag.isBlank() ? accountSettings.current().defaultLanguage() : tag);
    }
}
