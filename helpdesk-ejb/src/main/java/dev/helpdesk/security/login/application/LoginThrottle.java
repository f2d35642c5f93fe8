package dev.helpdesk.security.login.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.security.login.domain.LoginFailures;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows password guessing without letting anyone lock a person out (see {@link LoginFailures}). The failures are
 * those the audit log already records, so every node of a cluster sees the same count; an administrator's unlock
 * (audited) makes a login's earlier failures count no more. HELPDESK_LOGIN_FAILURES_PER_ADDRESS sets how many wrong
 * passwords one address may send in the window before only known browsers get through from it.
 */
@Stateless
@LocalBean
@PermitAll
public class LoginThrottle {

    /**
     * More where many people rightly share one address: the integration tests, whose browsers all come from
     * 127.0.0.1.
     */
    public static final int MAX_PER_ADDRESS = Integer.parseInt(Settings.get("login.failures.per.address", "20"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /**
     * Whether an attempt must wait, before its password is looked at.
     *
     * @param knownDevice whether the browser signed in to this login before
     */
    public boolean isBlocked(String loginName, String address, boolean knownDevice) {
        String login = normalized(loginName);
        Instant now = clock.instant();
        Instant since = later(now.minus(LoginFailures.WINDOW), unlockedAt(login));
        long byLogin = failures("e.actor = :login", login, null, since);
        long byAddress = address == null ? 0 : failures("e.address = :address", null, address,
                now.minus(LoginFailures.WINDOW));
        long byPair = address == null ? byLogin : failures("e.actor = :login AND e.address = :address", login,
                address, since);
        Instant last = byPair == 0 ? null : lastFailure(login, address, since);
        return !new LoginFailures(byLogin, byAddress, byPair, last).allow(knownDevice, MAX_PER_ADDRESS, now);
    }

    /** Lets the login try again at once, from anywhere: its earlier failures count no more. */
    @RolesAllowed(Roles.ADMIN)
    public void unlock(String loginName) {
        String login = normalized(Inputs.requiredText("login", loginName, 320));
        audit.changed(AuditAction.LOGIN_UNLOCKED, "login", login, null, null);
    }

    private long failures(String where, String login, String address, Instant since) {
        var query = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :failed AND " + where
                        + " AND e.at > :since", Long.class)
                .setParameter("failed", AuditAction.LOGIN_FAILED.name()).setParameter("since", since);
        if (login != null) {
            query.setParameter("login", login);
        }
        if (address != null) {
            query.setParameter("address", address);
        }
        return query.getSingleResult();
    }

    private Instant lastFailure(String login, String address, Instant since) {
        var query = em.createQuery("SELECT MAX(e.at) FROM AuditEntry e WHERE e.action = :failed "
                        + "AND e.actor = :login AND e.at > :since" + (address == null ? "" : " AND e.address = :address"),
                        Instant.class)
                .setParameter("failed", AuditAction.LOGIN_FAILED.name()).setParameter("login", login)
                .setParameter("since", since);
        if (address != null) {
            query.setParameter("address", address);
        }
        return query.getSingleResult();
    }

    /** When an administrator last unlocked the login, or its owner last chose a password by a mailed link. */
    private Instant unlockedAt(String login) {
        return em.createQuery("SELECT MAX(e.at) FROM AuditEntry e WHERE e.action IN (:unlocked, :newPassword) "
                        + "AND e.objectType = 'login' AND e.objectId = :login", Instant.class)
                .setParameter("unlocked", AuditAction.LOGIN_UNLOCKED.name())
                .setParameter("newPassword", AuditAction.PASSWORD_SET_BY_LINK.name()).setParameter("login", login)
                .getSingleResult();
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static String normalized(String loginName) {
        return loginName.strip().toLowerCase(Locale.ROOT);
    }
}
