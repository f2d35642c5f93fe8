package dev.helpdesk.directory.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.directory.domain.AccountMailRecipients;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Account mails (C4): administrators choose which administrators get the SLA alerts, the job failures, the security
 * notices and the owner changes. The areas that send them ask here whom to add; the people a mail concerns are
 * theirs to mail whatever is chosen. The setting is the directory's because it lists administrators, and every
 * sender sits above the directory.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountMailRecipientsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** Every kind, in the order of {@link AccountMail}. */
    public List<AccountMailChoice> current() {
        return Arrays.stream(AccountMail.values()).map(kind -> view(recipients(kind))).toList();
    }

    /**
     * Changes the kinds given, all or none: an id that is not an active administrator is refused, naming the kind's
     * {@code agentIds}. Kinds left out stay as they are.
     */
    public List<AccountMailChoice> change(Collection<AccountMailChoice> choices) {
        Set<AccountMail> seen = new HashSet<>();
        for (AccountMailChoice choice : choices) {
            if (choice.kind() == null || !seen.add(choice.kind())) {
                throw new InvalidInputException("kind", "validation.option");
            }
            for (Long id : choice.agentIds()) {
                Agent agent = id == null ? null : em.find(Agent.class, id);
                if (agent == null || !agent.isActive() || agent.role() != AgentRole.ADMIN) {
                    throw new InvalidInputException(choice.kind().name() + ".agentIds",
                            "validation.mailRecipients.notAdministrator");
                }
            }
        }
        String before = described();
        Instant now = clock.instant();
        for (AccountMailChoice choice : choices) {
            recipients(choice.kind()).sendTo(choice.allAdministrators(), choice.agentIds(), now);
        }
        em.flush();
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "mail-recipients", before, described());
        return current();
    }

    /**
     * The active administrators who get this kind of mail: every one, or the chosen ones still active
     * administrators. For the areas that send account mails, inside their transaction.
     */
    @PermitAll
    public List<Agent> administratorsFor(AccountMail kind) {
        AccountMailRecipients recipients = recipients(kind);
        return em.createQuery("SELECT a FROM Agent a WHERE a.role = :admin AND a.active = TRUE ORDER BY a.id",
                        Agent.class)
                .setParameter("admin", AgentRole.ADMIN)
                .getResultStream()
                .filter(agent -> recipients.reaches(agent.id()))
                .toList();
    }

    /** Every kind in a few words for the audit log: "SLA_ALERT=[], JOB_FAILED=all, …". */
    private String described() {
        return Arrays.stream(AccountMail.values()).map(kind -> recipients(kind).toString())
                .collect(Collectors.joining(", "));
    }

    private AccountMailRecipients recipients(AccountMail kind) {
        AccountMailRecipients found = em.find(AccountMailRecipients.class, kind);
        if (found == null) {
            found = new AccountMailRecipients(kind);
            em.persist(found);
        }
        return found;
    }

    private static AccountMailChoice view(AccountMailRecipients recipients) {
        return new AccountMailChoice(recipients.kind(), recipients.allAdministrators(),
                List.copyOf(recipients.agentIds()));
    }
}
