package dev.helpdesk.selfservice.application;

import dev.helpdesk.audit.application.RequestOrigin;
import dev.helpdesk.audit.domain.AuditAction;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * How often a public page was used lately, counted from the audit log, which every node of a cluster shares: by
 * one login address, or from one client address (the request's, as the audit log records it). Entries dated after
 * {@code now} (a clock moved back) do not count.
 */
@Dependent
public class PublicUseCounter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Instance<RequestOrigin> origin;

    /** The client address of the current request, when there is one. */
    public Optional<String> clientAddress() {
        try {
            return origin.isResolvable() ? Optional.ofNullable(origin.get().address()) : Optional.empty();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    public long forLogin(AuditAction action, String login, Instant since, Instant now) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action "
                        + "AND e.objectType = 'login' AND e.objectId = :login AND e.at > :since AND e.at <= :now",
                        Long.class)
                .setParameter("action", action.name()).setParameter("login", login)
                .setParameter("since", since).setParameter("now", now).getSingleResult();
    }

    public long fromAddress(AuditAction action, String address, Instant since, Instant now) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action "
                        + "AND e.address = :address AND e.at > :since AND e.at <= :now", Long.class)
                .setParameter("action", action.name()).setParameter("address", address)
                .setParameter("since", since).setParameter("now", now).getSingleResult();
    }
}
