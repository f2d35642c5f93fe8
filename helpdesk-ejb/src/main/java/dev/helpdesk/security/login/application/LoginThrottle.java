package dev.helpdesk.security.login.application;

import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows password guessing: after five wrong passwords for one login name, or twenty from one address
 * (HELPDESK_LOGIN_FAILURES_PER_ADDRESS), within fifteen minutes, further attempts are refused until the window
 * moves on, whatever the password. The failures
 * are those the audit log already records, so every node of a cluster sees the same count.
 */
@Stateless
@LocalBean
@PermitAll
public class LoginThrottle {

    public static final int MAX_PER_LOGIN = 5;
    /**
     * More where many people rightly share one address: the integration tests, whose browsers all come from
     * 127.0.0.1.
     */
    public static final int MAX_PER_ADDRESS = Integer.parseInt(Settings.get("login.failures.per.address", "20"));
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public boolean isBlocked(String loginName, String address) {
        Instant since = clock.instant().minus(WINDOW);
        long byLogin = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :failed "
                        + "AND e.actor = :login AND e.at > :since", Long.class)
                .setParameter("failed", AuditAction.LOGIN_FAILED.name())
                .setParameter("login", loginName.strip().toLowerCase(Locale.ROOT))
                .setParameter("since", since).getSingleResult();
        if (byLogin >= MAX_PER_LOGIN) {
            return true;
        }
        return address != null && em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :failed "
                        + "AND e.address = :address AND e.at > :since", Long.class)
                .setParameter("failed", AuditAction.LOGIN_FAILED.name()).setParameter("address", address)
                .setParameter("since", since).getSingleResult() >= MAX_PER_ADDRESS;
    }
}
