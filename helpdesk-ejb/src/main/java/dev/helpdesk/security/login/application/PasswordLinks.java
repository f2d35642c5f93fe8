package dev.helpdesk.security.login.application;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.NewLogins;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.directory.domain.event.CustomerDeleted;
import dev.helpdesk.directory.domain.event.CustomerRegistered;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.security.domain.LinkToken;
import dev.helpdesk.security.login.domain.PasswordLink;
import dev.helpdesk.security.login.domain.PasswordLink.Holder;
import dev.helpdesk.security.login.domain.PasswordLink.Purpose;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Passwords are chosen by their owners only, through a one-time link mailed to their login address: a reset they
 * ask for on the login page ("forgot password", answered the same whether the address signs anyone in or not), or
 * an invitation or reset an administrator sends, who never sees or sets the password. Customers registered from an
 * e-mail are invited when the account asks for it. Directory (LDAP) users are told their password is the
 * directory's.
 */
@Stateless
public class PasswordLinks {

    /** The page the links open. */
    public static final String PAGE = "/reset-password.xhtml";
    /** The page that asks for a link. */
    public static final String REQUEST_PAGE = "/forgot-password.xhtml";
    /** Resets asked for one address within an hour before more are ignored. */
    static final int MAX_PER_LOGIN = 3;
    /** Resets asked for from one client address within an hour (any login) before more are ignored. */
    static final int MAX_PER_ADDRESS = Integer.parseInt(Settings.get("password.resets.per.address", "30"));
    private static final Duration THROTTLE_WINDOW = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewLogins logins;

    @EJB
    private AuditLog audit;

    @EJB
    private Outbox outbox;

    @EJB
    private AccountSettingsService accountSettings;

    /**
     * Someone asks for a reset link for {@code email}. Nothing in the outcome says whether the address signs anyone
     * in: the owner of a local login gets a link valid for {@link PasswordLink#ASKED_RESET}, a directory user a
     * mail saying where their password is changed, anyone else nothing. Beyond {@link #MAX_PER_LOGIN} requests for
     * one address, or {@link #MAX_PER_ADDRESS} from one client, in an hour, requests are recorded and ignored.
     */
    @PermitAll
    public void requestReset(String email) {
        String login = Inputs.email("email", email);
        Instant now = clock.instant();
        audit.changed(AuditAction.PASSWORD_RESET_REQUESTED, "login", login, null, null);
        if (isThrottled(login, now)) {
            return;
        }
        Optional<Person> person = personWithLogin(login).filter(Person::isActive);
        if (person.isEmpty()) {
            return;
        }
        if (person.get().credentials().directoryKind() == DirectoryKind.LDAP) {
            outbox.write(new MailDraft("password-directory:" + login + ":" + now.toEpochMilli(), login,
                    MailTexts.subject("passwordDirectory", person.get().language()),
                    MailTexts.body("passwordDirectory", person.get().language(), person.get().name()), null));
            return;
        }
        mail(person.get(), Purpose.RESET, PasswordLink.ASKED_RESET, now);
    }

    /** An administrator sends an agent an invitation (no password yet) or a reset link. */
    @RolesAllowed(Roles.ADMIN)
    public SentLink sendToAgent(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null) {
            throw new NotFoundException("agent", agentId);
        }
        return send(agent);
    }

    /** An administrator sends a customer an invitation (no password yet) or a reset link. */
    @RolesAllowed(Roles.ADMIN)
    public SentLink sendToCustomer(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFoundException("customer", customerId);
        }
        return send(customer);
    }

    /** What a link is for and whose it is, for the page it opens; empty when it no longer works. */
    @PermitAll
    public Optional<LinkHolder> holderOf(String token) {
        Instant now = clock.instant();
        return link(token).filter(link -> !link.isExpired(now)).flatMap(link -> holder(link)
                .filter(PasswordLinks::mayChoosePassword)
                .map(person -> new LinkHolder(person.name(), person.email(), link.purpose())));
    }

    /**
     * The link's holder chooses their password: it must meet the account's policy (else the link stays, to try
     * again). The link then stops working, every session signed in with an earlier password ends, the login's
     * failed attempts stop counting, and the person is told by mail. Answers the login e-mail.
     */
    @PermitAll
    public String choosePassword(String token, String newPassword) {
        PasswordLink link = link(token).filter(l -> !l.isExpired(clock.instant()))
                .orElseThrow(() -> new InvalidInputException("token", "validation.passwordLink.invalid"));
        Person person = holder(link).filter(PasswordLinks::mayChoosePassword).orElse(null);
        if (person == null) {
            em.remove(link);
            em.flush();
            throw new InvalidInputException("token", "validation.passwordLink.invalid");
        }
        person.changePassword(logins.localPassword("newPassword", newPassword, person.email(), person.name()));
        em.remove(link);
        audit.changed(AuditAction.PASSWORD_SET_BY_LINK, "login", person.email(), null, link.purpose().name());
        passwordChanged(person);
        return person.email();
    }

    /** The person changed their password themselves: a link they were sent earlier no longer works. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
    public void forgetLinkOf(Person person) {
        PasswordLink link = linkOf(holderKind(person), person.id());
        if (link != null) {
            em.remove(link);
        }
    }

    /** Tells the person their password changed, so that a change they did not make does not go unnoticed. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
    public void passwordChanged(Person person) {
        Instant now = clock.instant();
        outbox.write(new MailDraft("password-changed:" + person.email() + ":" + now.toEpochMilli(), person.email(),
                MailTexts.subject("passwordChanged", person.language()),
                MailTexts.body("passwordChanged", person.language(), person.name(),
                        MailTexts.when(now, person.language()), PublicUrl.configured().at(REQUEST_PAGE)), null));
    }

    /**
     * A customer who wrote from an unknown address (a mail, or the contact form) is invited, when the account asks
     * for it.
     */
    @PermitAll
    public void invite(@Observes CustomerRegistered registered) {
        Customer customer = registered.customer();
        var settings = accountSettings.current();
        boolean fromMessage = registered.by() == CustomerRegistered.Channel.MAIL
                || registered.by() == CustomerRegistered.Channel.CONTACT_FORM;
        if (fromMessage && settings.inviteMailCustomers()
                && settings.customerPanelEnabled() && mayChoosePassword(customer)
                && !customer.credentials().hasLocalPassword()) {
            mail(customer, Purpose.INVITATION, PasswordLink.INVITATION, clock.instant());
        }
    }

    @PermitAll
    public void deleted(@Observes CustomerDeleted deleted) {
        PasswordLink link = linkOf(Holder.CUSTOMER, deleted.customerId());
        if (link != null) {
            em.remove(link);
        }
    }

    /** A link mailed by an administrator: to whom, why, until when. */
    public record SentLink(String email, Purpose purpose, Instant expiresAt) {
    }

    /** Whose a working link is, for the page it opens. */
    public record LinkHolder(String name, String email, Purpose purpose) implements Serializable {
    }

    private SentLink send(Person person) {
        if (person.credentials().directoryKind() == DirectoryKind.LDAP) {
            throw new InvalidInputException("id", "validation.password.directoryManaged");
        }
        if (!person.isActive()) {
            throw new InvalidInputException("id", "validation.passwordLink.inactive");
        }
        Purpose purpose = person.credentials().hasLocalPassword() ? Purpose.RESET : Purpose.INVITATION;
        PasswordLink link = mail(person, purpose,
                purpose == Purpose.RESET ? PasswordLink.SENT_RESET : PasswordLink.INVITATION, clock.instant());
        audit.changed(AuditAction.PASSWORD_LINK_SENT, holderKind(person).name().toLowerCase(Locale.ROOT),
                person.id(), null, purpose.name());
        return new SentLink(person.email(), purpose, link.expiresAt());
    }

    private PasswordLink mail(Person person, Purpose purpose, Duration validity, Instant now) {
        Holder kind = holderKind(person);
        PasswordLink link = linkOf(kind, person.id());
        boolean isNew = link == null;
        if (isNew) {
            link = new PasswordLink(kind, person.id());
        }
        String token = link.renew(purpose, validity, now);
        if (isNew) {
            em.persist(link);
        }
        String kindOfMail = purpose == Purpose.RESET ? "passwordReset" : "passwordInvitation";
        String url = PublicUrl.configured().at(PAGE) + "?token=" + token;
        long amount = purpose == Purpose.RESET ? validity.toHours() : validity.toDays();
        outbox.write(new MailDraft("password-link:" + kind + ":" + person.id() + ":" + now.toEpochMilli(),
                person.email(), MailTexts.subject(kindOfMail, person.language()),
                MailTexts.body(kindOfMail, person.language(), person.name(), person.email(), url, amount), null));
        return link;
    }

    private boolean isThrottled(String login, Instant now) {
        Instant since = now.minus(THROTTLE_WINDOW);
        long forLogin = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action "
                        + "AND e.objectType = 'login' AND e.objectId = :login AND e.at > :since", Long.class)
                .setParameter("action", AuditAction.PASSWORD_RESET_REQUESTED.name()).setParameter("login", login)
                .setParameter("since", since).getSingleResult();
        if (forLogin > MAX_PER_LOGIN) {
            return true;
        }
        // the address of the request just recorded
        List<String> addresses = em.createQuery("SELECT e.address FROM AuditEntry e WHERE e.action = :action "
                        + "AND e.objectId = :login ORDER BY e.seq DESC", String.class)
                .setParameter("action", AuditAction.PASSWORD_RESET_REQUESTED.name()).setParameter("login", login)
                .setMaxResults(1).getResultList();
        String address = addresses.isEmpty() ? null : addresses.get(0);
        return address != null && em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action "
                        + "AND e.address = :address AND e.at > :since", Long.class)
                .setParameter("action", AuditAction.PASSWORD_RESET_REQUESTED.name()).setParameter("address", address)
                .setParameter("since", since).getSingleResult() > MAX_PER_ADDRESS;
    }

    private Optional<PasswordLink> link(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM PasswordLink l WHERE l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", LinkToken.hashOf(token)).getResultStream().findFirst();
    }

    private PasswordLink linkOf(Holder kind, Long personId) {
        return em.createQuery("SELECT l FROM PasswordLink l WHERE l.personKind = :kind AND l.personId = :id",
                        PasswordLink.class).setParameter("kind", kind).setParameter("id", personId)
                .getResultStream().findFirst().orElse(null);
    }

    private Optional<Person> holder(PasswordLink link) {
        return Optional.ofNullable(link.personKind() == Holder.AGENT ? em.find(Agent.class, link.personId())
                : em.find(Customer.class, link.personId()));
    }

    private Optional<Person> personWithLogin(String email) {
        Optional<Person> agent = em.createQuery("SELECT a FROM Agent a WHERE a.email = :email", Agent.class)
                .setParameter("email", email).getResultStream().findFirst().map(Person.class::cast);
        return agent.isPresent() ? agent : em.createQuery("SELECT c FROM Customer c WHERE c.email = :email",
                Customer.class).setParameter("email", email).getResultStream().findFirst().map(Person.class::cast);
    }

    private static boolean mayChoosePassword(Person person) {
        return person.isActive() && person.credentials().directoryKind() == DirectoryKind.LOCAL;
    }

    private static Holder holderKind(Person person) {
        return person instanceof Agent ? Holder.AGENT : Holder.CUSTOMER;
    }
}
