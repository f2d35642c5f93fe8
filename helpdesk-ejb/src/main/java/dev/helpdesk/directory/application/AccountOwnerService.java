package dev.helpdesk.directory.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.directory.domain.AccountOwnership;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
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
import java.util.Optional;

/**
 * The account owner (D9): an active administrator, recorded at installation, whom the other administrators can
 * neither demote nor deactivate. Any administrator may hand ownership to another active administrator (as in
 * TomTicket); the change is audited and mailed to the previous and the new owner, so it never goes unnoticed, and to
 * the administrators chosen for owner changes among the account mails.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountOwnerService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private Outbox outbox;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AccountMailRecipientsService accountMails;

    public Optional<OwnerView> owner() {
        return owningAgent().map(AccountOwnerService::view);
    }

    public OwnerView transferTo(Long agentId) {
        Inputs.required("agentId", agentId);
        Agent next = em.find(Agent.class, agentId);
        if (next == null || !next.isActive() || next.role() != AgentRole.ADMIN) {
            throw new InvalidInputException("agentId", "validation.owner.notAdministrator");
        }
        Optional<Agent> previous = owningAgent();
        if (previous.isPresent() && previous.get().id().equals(agentId)) {
            throw new InvalidInputException("agentId", "validation.owner.already");
        }
        Instant now = clock.instant();
        ownership().transferTo(agentId, now);
        String before = previous.map(Agent::email).orElse(null);
        audit.changed(AuditAction.OWNER_CHANGED, "account", "owner", before, next.email());
        String by = currentUser.caller().email();
        previous.ifPresent(agent -> notify(agent, before, next.email(), by, now));
        notify(next, before, next.email(), by, now);
        for (Agent admin : accountMails.administratorsFor(AccountMail.OWNER_CHANGED)) {
            if (!admin.id().equals(agentId) && previous.map(p -> !p.id().equals(admin.id())).orElse(true)) {
                notify(admin, before, next.email(), by, now);
            }
        }
        return view(next);
    }

    /** Whether the agent owns the account; asked before an agent is demoted or deactivated. */
    @PermitAll
    public boolean isOwner(long agentId) {
        return Long.valueOf(agentId).equals(ownership().ownerAgentId());
    }

    /** Called at installation: the first administrator owns the account until ownership is handed on. */
    @PermitAll
    public void ownedBy(Agent firstAdministrator) {
        if (ownership().ownerAgentId() == null) {
            ownership().transferTo(firstAdministrator.id(), clock.instant());
        }
    }

    private void notify(Agent recipient, String from, String to, String by, Instant now) {
        outbox.write(new MailDraft("owner-changed:" + now.toEpochMilli() + ":" + recipient.id(), recipient.email(),
                MailTexts.subject("ownerChanged", recipient.language()),
                MailTexts.body("ownerChanged", recipient.language(), recipient.name(), from == null ? "-" : from, to,
                        by, MailTexts.when(now, recipient.language())), null));
    }

    private Optional<Agent> owningAgent() {
        Long id = ownership().ownerAgentId();
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Agent.class, id));
    }

    private AccountOwnership ownership() {
        return em.find(AccountOwnership.class, AccountOwnership.ID);
    }

    private static OwnerView view(Agent agent) {
        return new OwnerView(agent.id(), agent.name(), agent.email());
    }
}
