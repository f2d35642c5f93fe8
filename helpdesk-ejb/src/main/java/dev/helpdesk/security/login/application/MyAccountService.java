package dev.helpdesk.security.login.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CompanyDirectory;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.application.NewLogins;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.security.domain.LinkToken;
import dev.helpdesk.security.login.domain.EmailChangeRequest;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import jakarta.annotation.security.PermitAll;
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

    /** The page the confirmation link opens. */
    public static final String CONFIRMATION_PAGE = "/confirm-email.xhtml";

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

    @EJB
    private PasswordLinks passwordLinks;

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
     * is them; wrong ones count towards the login throttle. A directory agent's new address must be accepted by the
     * directory with that password, which proves it is theirs: it changes at once. Any other agent is mailed a link
     * at the new address, and the address changes when it is followed ({@link #confirmEmailChange}); whether the
     * address already signs someone in is told to its owner by mail, never in the answer. The old address is told
     * of the change.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public EmailChange changeEmail(String newEmail, String currentPassword) {
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
        boolean directoryAgent = agent.credentials().directoryKind() == DirectoryKind.LDAP;
        boolean confirmed = directoryAgent ? directory.accepts(email, currentPassword)
                : agent.credentials().acceptsLocalPassword(currentPassword);
        if (!confirmed) {
            audit.login(agent.email(), AuditAction.LOGIN_FAILED);
            throw new InvalidInputException("currentPassword", "validation.password.wrong");
        }
        if (directoryAgent) {
            logins.requireUnused(email);
            return new EmailChange(moveTo(agent, email), null);
        }
        askForConfirmation(agent, email);
        return new EmailChange(currentUser.caller(), email);
    }

    /**
     * Follows the link mailed to a new address: the agent signs in with it from now on. The link is the proof,
     * so no sign-in is needed; it works once, for {@link EmailChangeRequest#VALIDITY}.
     */
    @PermitAll
    public EmailChanged confirmEmailChange(String token) {
        EmailChangeRequest request = token == null || token.isBlank() ? null : em.createQuery(
                        "SELECT r FROM EmailChangeRequest r WHERE r.tokenHash = :hash", EmailChangeRequest.class)
                .setParameter("hash", LinkToken.hashOf(token)).getResultStream().findFirst()
                .orElse(null);
        if (request == null || request.isExpired(clock.instant())) {
            throw new InvalidInputException("token", "validation.emailChange.invalid");
        }
        Agent agent = em.find(Agent.class, request.agentId());
        em.remove(request);
        if (logins.isUsed(request.newEmail())) {
            // someone registered the address after the link was mailed
            em.flush();
            return new EmailChanged(agent.email(), agent.email());
        }
        String previous = agent.email();
        moveTo(agent, request.newEmail());
        return new EmailChanged(previous, agent.email());
    }

    /** The outcome of {@link #changeEmail}: the caller, and the address waiting for its link (null: changed). */
    public record EmailChange(Caller caller, String pendingEmail) {
    }

    /** The login e-mail before and after following the link (the same when the address was taken meanwhile). */
    public record EmailChanged(String previous, String current) {
    }

    private void askForConfirmation(Agent agent, String email) {
        Instant now = clock.instant();
        audit.changed(AuditAction.EMAIL_CHANGE_REQUESTED, "agent", agent.id(), agent.email(), email);
        EmailChangeRequest earlier = em.find(EmailChangeRequest.class, agent.id());
        if (logins.isUsed(email)) {
            // as for a free address, an earlier link no longer works
            if (earlier != null) {
                em.remove(earlier);
            }
            outbox.write(new MailDraft("email-taken:" + agent.id() + ":" + now.toEpochMilli(), email,
                    MailTexts.subject("emailTaken", agent.language()),
                    MailTexts.body("emailTaken", agent.language(), email, MailTexts.when(now, agent.language())),
                    null));
            return;
        }
        EmailChangeRequest request = earlier == null ? new EmailChangeRequest(agent.id()) : earlier;
        String token = request.renew(email, now);
        if (earlier == null) {
            em.persist(request);
        }
        outbox.write(new MailDraft("email-confirm:" + agent.id() + ":" + now.toEpochMilli(), email,
                MailTexts.subject("emailConfirm", agent.language()),
                MailTexts.body("emailConfirm", agent.language(), agent.name(), email,
                        PublicUrl.configured().at(CONFIRMATION_PAGE) + "?token=" + token,
                        EmailChangeRequest.VALIDITY.toHours()), null));
    }

    private Caller moveTo(Agent agent, String email) {
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

    /**
     * The caller chooses a new password, confirming with the current one (wrong ones count towards the login
     * throttle). It must meet the account's policy and differ from the current one. Every other session of theirs
     * ends; they are told by mail. A directory user's password is the directory's, never changed here. Answers
     * how many times the password has now been changed, for the caller's own session to go on with.
     */
    public long changePassword(String currentPassword, String newPassword) {
        Caller caller = currentUser.caller();
        Person person = caller.isAgent() ? currentUser.agent() : currentUser.customer();
        if (person.credentials().directoryKind() != DirectoryKind.LOCAL) {
            throw new InvalidInputException("newPassword", "validation.password.directoryManaged");
        }
        if (!person.credentials().hasLocalPassword()) {
            // registered from an e-mail or by single sign-on: a mailed link sets the first one
            throw new InvalidInputException("currentPassword", "validation.password.noneYet");
        }
        if (throttle.isBlocked(person.email(), null, false)) {
            throw new InvalidInputException("currentPassword", "validation.password.throttled");
        }
        if (!person.credentials().acceptsLocalPassword(currentPassword)) {
            audit.login(person.email(), AuditAction.LOGIN_FAILED);
            throw new InvalidInputException("currentPassword", "validation.password.wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "validation.password.same");
        }
        person.changePassword(logins.localPassword("newPassword", newPassword, person.email(), person.name()));
        passwordLinks.forgetLinkOf(person);
        audit.changed(AuditAction.PASSWORD_CHANGED, "login", person.email(), null, null);
        passwordLinks.passwordChanged(person);
        return person.credentialsVersion();
    }

    /** What the caller's password is: theirs to change here, none yet, or the company directory's. */
    public PasswordKind passwordKind() {
        Caller caller = currentUser.caller();
        Person person = caller.isAgent() ? currentUser.agent() : currentUser.customer();
        if (person.credentials().directoryKind() != DirectoryKind.LOCAL) {
            return PasswordKind.DIRECTORY;
        }
        return person.credentials().hasLocalPassword() ? PasswordKind.LOCAL : PasswordKind.NONE;
    }

    /** See {@link #passwordKind}. */
    public enum PasswordKind {
        LOCAL, NONE, DIRECTORY
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
