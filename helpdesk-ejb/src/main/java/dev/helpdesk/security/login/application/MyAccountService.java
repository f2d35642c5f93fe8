package dev.helpdesk.security.login.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CompanyDirectory;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.application.NewLogins;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** What signed-in people may see and change about themselves. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
public class MyAccountService {

    @EJB
    private CurrentUser currentUser;

    @EJB
    private AgentEmailPolicyService agentEmailPolicy;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private AuditLog audit;

    @EJB
    private Outbox outbox;

    @Inject
    private NewLogins logins;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    public Caller me() {
        return currentUser.caller();
    }

    /**
     * An agent's new login e-mail (A3b), when the account lets agents change it. The current password confirms it
     * is them: for a directory agent, the directory must accept it for the new address, so the new address is
     * theirs there too. Wrong passwords count towards the login throttle; the old address is told of the change.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public Caller changeEmail(String newEmail, String currentPassword) {
        if (!agentEmailPolicy.agentsMayChangeEmail()) {
            throw new AccessDeniedException("The account does not let agents change their e-mail");
        }
        Agent agent = currentUser.agent();
        String email = Inputs.email("email", newEmail);
        if (email.equals(agent.email())) {
            throw new InvalidInputException("email", "validation.email.same");
        }
        if (throttle.isBlocked(agent.email(), null, false)) {
            throw new InvalidInputException("currentPassword", "validation.password.throttled");
        }
        boolean confirmed = agent.credentials().directoryKind() == DirectoryKind.LDAP
                ? directory.accepts(email, currentPassword)
                : agent.credentials().acceptsLocalPassword(currentPassword);
        if (!confirmed) {
            audit.login(agent.email(), AuditAction.LOGIN_FAILED);
            throw new InvalidInputException("currentPassword", "validation.password.wrong");
        }
        logins.requireUnused(email);
        String previous = agent.email();
        agent.changeEmail(email);
        em.flush();
        audit.changed(AuditAction.EMAIL_CHANGED, "agent", agent.id(), previous, email);
        Instant now = clock.instant();
        outbox.write(new MailDraft("email-changed:" + agent.id() + ":" + now.toEpochMilli(), previous,
                MailTexts.subject("emailChanged", agent.language()),
                MailTexts.body("emailChanged", agent.language(), agent.name(), previous, email,
                        MailTexts.when(now, agent.language())), null));
        return CurrentUser.callerOf(agent);
    }

    /** Whether the caller may change their own login e-mail (agents, when the account allows it). */
    public boolean mayChangeEmail() {
        return currentUser.caller().isAgent() && agentEmailPolicy.agentsMayChangeEmail();
    }

    /** Keeps the caller's interface language (pt-BR, en, es) for every later session. */
    public Caller changeLanguage(String languageTag) {
        Language language = Language.fromTag(languageTag);
        Caller caller = currentUser.caller();
        if (caller.isAgent()) {
            currentUser.agent().preferLanguage(language);
        } else {
            currentUser.customer().preferLanguage(language);
        }
        return currentUser.caller();
    }
}
