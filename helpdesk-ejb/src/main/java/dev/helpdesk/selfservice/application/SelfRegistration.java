package dev.helpdesk.selfservice.application;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.application.AccountSettingsView;
import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.directory.application.NewLogins;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.security.domain.LinkToken;
import dev.helpdesk.selfservice.domain.PendingRegistration;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * People register themselves as customers ("Cadastre-se" on the customer panel's login page), when the account
 * allows it and its customer panel is on. Nothing signs anyone in until the address's owner follows the link mailed
 * to it (valid {@link PendingRegistration#VALIDITY}) and presses the button on its page: the registration waits until
 * then, with the password's hash. The answer to registering is the same whether the address is free or not: an
 * address that already signs someone in gets a mail telling its owner to use "forgot password" if it was them. More
 * than {@link #MAX_PER_LOGIN} registrations for one address, or {@link #MAX_PER_ADDRESS} from one client address, in
 * an hour are recorded in the audit log and ignored. Open to everyone (no one is signed in yet): the switch, the link
 * and the throttle are the guards.
 */
@Stateless
@PermitAll
public class SelfRegistration {

    /** The public page people register on. */
    public static final String PAGE = "/register.xhtml";
    /** The page the link mailed to the address opens. */
    public static final String CONFIRM_PAGE = "/confirm-registration.xhtml";
    /** Registrations for one address within an hour before more are ignored. */
    static final int MAX_PER_LOGIN = 3;
    /** Registrations from one client address within an hour (any address) before more are ignored. */
    static final int MAX_PER_ADDRESS = Integer.parseInt(Settings.get("registrations.per.address", "30"));
    private static final Duration THROTTLE_WINDOW = Duration.ofHours(1);
    private static final String FORGOT_PASSWORD_PAGE = "/forgot-password.xhtml";
    private static final String LOGIN_PAGE = "/login.xhtml?next=/customer/tickets.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewLogins logins;

    @Inject
    private PublicUseCounter uses;

    @EJB
    private AccountSettingsService accountSettings;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private Outbox outbox;

    @EJB
    private AuditLog audit;

    /** Whether people may register themselves now: the account's switch is on, and so is its customer panel. */
    public boolean isOpen() {
        return accountSettings.current().selfRegistrationOpen();
    }

    /**
     * Someone registers: the name, address and password must be good (the password as strong as the account asks,
     * not a common one), and the terms accepted when the account has them. Then the address's owner is mailed the
     * link, or, when the address already signs someone in, told that someone tried; the caller learns neither.
     */
    public void register(NewRegistration request) {
        AccountSettingsView settings = requireOpen();
        Inputs.required("body", request);
        String name = Inputs.requiredText("name", request.name(), Person.MAX_NAME_LENGTH);
        String email = Inputs.email("email", request.email());
        Credentials password = logins.localPassword("password", request.password(), email, name);
        if (settings.hasTerms() && !Boolean.TRUE.equals(request.acceptTerms())) {
            throw new InvalidInputException("acceptTerms", "validation.terms.required");
        }
        Language language = logins.language(request.language());
        Instant now = clock.instant();
        boolean throttled = isThrottled(email, now);
        String outcome = "throttled";
        if (!throttled) {
            em.createQuery("DELETE FROM PendingRegistration p WHERE p.expiresAt <= :now")
                    .setParameter("now", now).executeUpdate();
            if (logins.isUsed(email)) {
                mailTaken(email, now);
                outcome = "taken";
            } else {
                mailLink(email, name, password, language, now);
                outcome = "link";
            }
        }
        audit.changed(AuditAction.REGISTRATION_REQUESTED, "login", email, null,
                outcome + (settings.hasTerms() ? ", terms accepted" : ""));
    }

    /** Whose a working link is (name and address), for the page it opens; empty when it no longer works. */
    public Optional<Registrant> registrantOf(String token) {
        Instant now = clock.instant();
        return pending(token).filter(p -> !p.isExpired(now)).map(p -> new Registrant(p.name(), p.email()));
    }

    /**
     * The address's owner confirms: the customer is registered with the name, password and language chosen, and
     * may sign in. The link then stops working. Refused when it expired, was replaced or used, or when the address
     * came to sign someone in meanwhile (they use "forgot password"). Answers the login e-mail.
     */
    public String confirm(String token) {
        requireOpen();
        Instant now = clock.instant();
        PendingRegistration registration = pending(token).filter(p -> !p.isExpired(now))
                .orElseThrow(() -> new InvalidInputException("token", "validation.registrationLink.invalid"));
        if (logins.isUsed(registration.email())) {
            // registered meanwhile (by an agent, a mail): that login's owner chooses a password through "forgot
            // password"; this registration expires unused
            throw new InvalidInputException("token", "validation.registrationLink.invalid");
        }
        em.remove(registration);
        em.flush();
        Customer customer = customers.registerSelf(registration.email(), registration.name(),
                registration.credentials(), registration.language());
        audit.changed(AuditAction.REGISTRATION_CONFIRMED, "login", customer.email(), null,
                "customer=" + customer.id());
        return customer.email();
    }

    /** Who a working link is for. */
    public record Registrant(String name, String email) implements Serializable {
    }

    private AccountSettingsView requireOpen() {
        AccountSettingsView settings = accountSettings.current();
        if (!settings.selfRegistrationOpen()) {
            throw new AccessDeniedException("Customers may not register themselves");
        }
        return settings;
    }

    private void mailLink(String email, String name, Credentials password, Language language, Instant now) {
        PendingRegistration registration = em.createQuery(
                        "SELECT p FROM PendingRegistration p WHERE p.email = :email", PendingRegistration.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        boolean isNew = registration == null;
        if (isNew) {
            registration = new PendingRegistration(email);
        }
        String token = registration.renew(name, password, language, now);
        if (isNew) {
            em.persist(registration);
        }
        String url = PublicUrl.configured().at(CONFIRM_PAGE) + "?token=" + token;
        outbox.write(new MailDraft("registration-link:" + email + ":" + now.toEpochMilli(), email,
                MailTexts.subject("registrationConfirm", language),
                MailTexts.body("registrationConfirm", language, name, email, url,
                        PendingRegistration.VALIDITY.toHours()), null));
    }

    /** The address signs someone in already: its owner is told, in their language, and nothing changes. */
    private void mailTaken(String email, Instant now) {
        Language language = em.createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                .setParameter("email", email).getResultStream().findFirst().map(Person::language)
                .or(() -> em.createQuery("SELECT a FROM Agent a WHERE a.email = :email", Agent.class)
                        .setParameter("email", email).getResultStream().findFirst().map(Person::language))
                .orElse(Language.PT_BR);
        outbox.write(new MailDraft("registration-taken:" + email + ":" + now.toEpochMilli(), email,
                MailTexts.subject("registrationTaken", language),
                MailTexts.body("registrationTaken", language, email, MailTexts.when(now, language),
                        PublicUrl.configured().at(FORGOT_PASSWORD_PAGE), PublicUrl.configured().at(LOGIN_PAGE)),
                null));
    }

    /** Counted before this request is recorded: the limits are the requests that came before it. */
    private boolean isThrottled(String email, Instant now) {
        Instant since = now.minus(THROTTLE_WINDOW);
        if (uses.forLogin(AuditAction.REGISTRATION_REQUESTED, email, since, now) >= MAX_PER_LOGIN) {
            return true;
        }
        return uses.clientAddress().map(address -> uses.fromAddress(AuditAction.REGISTRATION_REQUESTED, address,
                since, now) >= MAX_PER_ADDRESS).orElse(false);
    }

    private Optional<PendingRegistration> pending(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM PendingRegistration p WHERE p.tokenHash = :hash",
                        PendingRegistration.class)
                .setParameter("hash", LinkToken.hashOf(token)).getResultStream().findFirst();
    }
}
