package dev.helpdesk.audit.application;

import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.audit.domain.AuditHead;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes audit entries: who (the caller, or the login name tried), when, from where (the request's client
 * address), what, and the values before and after. An entry joins the transaction of the change it records, so
 * it exists exactly when the change was committed; logins, which change nothing, commit theirs on their own.
 * Appending locks the chain's head row, so callers append after making their change: the head is then the last
 * lock any transaction takes, and two transactions cannot wait on each other through it.
 */
@Stateless
@LocalBean
@PermitAll
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Instance<RequestOrigin> origin;

    @Inject
    private Clock clock;

    /** A change by the caller, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(AuditAction action, String objectType, Object objectId, String before, String after) {
        append(caller(), action, objectType, objectId, before, after);
    }

    /** A login attempt, committed even when the login fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void login(String loginName, AuditAction outcome) {
        append(loginName, outcome, "login", loginName, null, null);
    }

    /** A sign-in that is part of a transaction of its own making (single sign-on may register the customer). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void signedIn(String loginName, AuditAction action) {
        append(loginName, action, "login", loginName, null, null);
    }

    private void append(String actor, AuditAction action, String objectType, Object objectId, String before,
                        String after) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        em.persist(head.append(clock.instant(), actor, address(), action, objectType,
                objectId == null ? null : String.valueOf(objectId), before, after));
    }

    private String caller() {
        String name = context.getCallerPrincipal().getName();
        return name == null || name.isBlank() ? "anonymous" : name;
    }

    private String address() {
        try {
            return origin.isResolvable() ? origin.get().address() : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
