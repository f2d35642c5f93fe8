package dev.helpdesk.setup;

import dev.helpdesk.directory.application.AccountOwnerService;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.PasswordHasher;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.security.token.domain.ApiToken;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * First start of an empty help desk: creates the first administrator (HELPDESK_ADMIN_EMAIL and
 * HELPDESK_ADMIN_PASSWORD; without a password one is generated and written to the log once). When
 * HELPDESK_ADMIN_TOKEN is set, that value becomes an API token of the first administrator, so that
 * provisioning scripts can configure the help desk through the API. Loads the demo data when asked to.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialSetup {

    private static final Logger LOG = Logger.getLogger(InitialSetup.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DemoData demoData;

    @EJB
    private AccountOwnerService owner;

    @PostConstruct
    void setUp() {
        Agent admin = firstAdministrator();
        owner.ownedBy(admin);
        Settings.get("admin.token").ifPresent(secret -> ensureToken(admin, secret));
        if (Settings.flag("demo")) {
            demoData.loadInto(admin);
        }
    }

    private Agent firstAdministrator() {
        return em.createQuery("SELECT a FROM Agent a WHERE a.role = :role ORDER BY a.id", Agent.class)
                .setParameter("role", AgentRole.ADMIN)
                .setMaxResults(1)
                .getResultList().stream().findFirst()
                .orElseGet(this::createAdministrator);
    }

    private Agent createAdministrator() {
        String email = Settings.get("admin.email", "admin@helpdesk.local");
        String password = Settings.get("admin.password").orElseGet(() -> {
            String generated = generatedPassword();
            LOG.warning(() -> "No HELPDESK_ADMIN_PASSWORD was set: the first administrator " + email
                    + " has the password " + generated + " . Change it after the first login.");
            return generated;
        });
        PermissionGroup group = em.createQuery(PermissionGroup.DEFAULT_GROUP, PermissionGroup.class)
                .getSingleResult();
        Agent admin = new Agent(Settings.get("admin.name", "Administrator"), email, AgentRole.ADMIN, group,
                Credentials.local(PasswordHasher.hash("password", password)), Language.PT_BR, clock.instant());
        em.persist(admin);
        LOG.info(() -> "Created the first administrator " + email);
        return admin;
    }

    private void ensureToken(Agent admin, String secret) {
        long existing = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.tokenHash = :hash", Long.class)
                .setParameter("hash", ApiToken.digest(secret))
                .getSingleResult();
        if (existing == 0) {
            em.persist(ApiToken.withSecret(admin, "Provisioning", secret, clock.instant()));
            LOG.info("Registered the provisioning API token of the first administrator");
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
