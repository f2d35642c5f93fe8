package dev.helpdesk.inbound.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.inbound.domain.BlockedSender;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Management › E-mail channel › Blocked senders: the addresses and domains whose mail never becomes a ticket or a
 * customer. Administrators only; every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SenderBlocklistService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** The whole list, domains and addresses in alphabetical order. */
    public List<BlockedSenderView> entries() {
        return em.createQuery("SELECT b FROM BlockedSender b ORDER BY b.entry", BlockedSender.class)
                .getResultStream().map(SenderBlocklistService::view).toList();
    }

    /** Blocks an address ({@code ana@example.com}) or a domain ({@code example.com} or {@code @example.com}). */
    public BlockedSenderView block(String entry) {
        BlockedSender blocked = new BlockedSender(entry, context.getCallerPrincipal().getName(), clock.instant());
        long taken = em.createQuery("SELECT COUNT(b) FROM BlockedSender b WHERE b.entry = :entry", Long.class)
                .setParameter("entry", blocked.entry()).getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("entry", "validation.blockedSender.duplicate");
        }
        em.persist(blocked);
        em.flush();
        audit.changed(AuditAction.SENDER_BLOCKED, "blockedSender", blocked.id(), null, blocked.entry());
        return view(blocked);
    }

    /** Takes an entry off the list: mail from it is taken in again from the next visit of the mailboxes. */
    public void unblock(long id) {
        BlockedSender blocked = em.find(BlockedSender.class, id);
        if (blocked == null) {
            throw new NotFoundException("blockedSender", id);
        }
        em.remove(blocked);
        audit.changed(AuditAction.SENDER_UNBLOCKED, "blockedSender", id, blocked.entry(), null);
    }

    private static BlockedSenderView view(BlockedSender b) {
        return new BlockedSenderView(b.id(), b.entry(), b.isDomain(), b.createdBy(), b.createdAt());
    }
}
