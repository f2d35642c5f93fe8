package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.LoginName;
import dev.helpdesk.directory.infrastructure.DirectoryOutage;
import dev.helpdesk.directory.infrastructure.LdapDirectory;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.naming.NamingException;
import javax.naming.ServiceUnavailableException;

/**
 * The company's LDAP / Active Directory, asked with the settings the server's LDAP realm uses (the same connection,
 * service account, search base and user filter that verify directory passwords at login). The security domain
 * cannot tell "the directory is down" from "no such user" (it skips a realm that does not answer, with a stack
 * trace in the log), so a login of a directory user asks here first ({@link #lookUp}): this is how the login page and
 * the administrator's connection test learn that the directory is unreachable, within one bounded wait, and how an
 * outage reaches the server log once ({@link DirectoryOutage}) instead of once per login.
 */
@Stateless
public class CompanyDirectory {

    /** A name no directory holds: looking it up still connects, binds as the service account and searches. */
    private static final String PROBE = "helpdesk-connection-probe";

    private final LdapDirectory directory = LdapDirectory.configured();

    @EJB
    private LoginIdentities identities;

    @Inject
    private DirectoryOutage outage;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    /** Connects and looks the login name up (or only connects, when it is blank). */
    @RolesAllowed(Roles.ADMIN)
    public DirectoryCheck check(String login) {
        String name = login == null || login.isBlank() ? null : LoginName.normalized(login);
        long start = System.nanoTime();
        try {
            Optional<LdapDirectory.Entry> entry = findInTime(name == null ? PROBE : name);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (name == null) {
                return new DirectoryCheck(true, millis, null, null, false, null, null, null, null, null, null);
            }
            Optional<String> signsInAs = identities.emailOf(name).filter(identities::isRegistered)
                    .or(() -> entry.flatMap(this::directoryUserOf));
            return new DirectoryCheck(true, millis, null, name, entry.isPresent(),
                    entry.map(LdapDirectory.Entry::dn).orElse(null), attribute(entry, "mail"),
                    attribute(entry, "userPrincipalName"), attribute(entry, "sAMAccountName"),
                    attribute(entry, "cn"), signsInAs.flatMap(identities::registration).orElse(null));
        } catch (NamingException e) {
            return DirectoryCheck.unreachable((System.nanoTime() - start) / 1_000_000, causes(e));
        }
    }

    /**
     * What the directory says of a login name before its password goes to the server's realm: whether it answers,
     * and the registered directory user the name stands for when the help desk does not know the name itself (an
     * account name or a user principal name whose entry's mail, or user principal name, is that user's e-mail; see
     * {@link #directoryUserOf}). One attempt, held to {@link LdapDirectory#ATTEMPT_DEADLINE_MILLIS}: a login of a
     * directory user waits for the directory once, and is refused at once as "the directory did not answer" when it
     * does not, without asking the realm to wait for it again.
     */
    @PermitAll
    public DirectoryLookup lookUp(String login) {
        try {
            return DirectoryLookup.answered(findInTime(LoginName.normalized(login)).flatMap(this::directoryUserOf)
                    .orElse(null));
        } catch (NamingException e) {
            return DirectoryLookup.UNREACHABLE;
        }
    }

    /**
     * Whether the directory accepts this password for the entry the login name finds (a bind as that entry), the
     * check a login makes; false too when the directory does not answer.
     */
    @PermitAll
    public boolean accepts(String login, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try {
            Optional<LdapDirectory.Entry> entry = findInTime(LoginName.normalized(login));
            return entry.isPresent() && directory.accepts(entry.get(), password);
        } catch (NamingException e) {
            return false;
        }
    }

    /**
     * The entry the name finds, in one attempt that ends by the deadline whatever step the directory stops
     * answering at (the attempt runs on a managed thread; one that overruns is abandoned and ends by its own
     * timeouts). The first failure of an outage and the first answer after it go to the server log, once each.
     */
    private Optional<LdapDirectory.Entry> findInTime(String login) throws NamingException {
        Future<Optional<LdapDirectory.Entry>> attempt = executor.submit(() -> directory.find(login));
        try {
            Optional<LdapDirectory.Entry> entry = attempt.get(LdapDirectory.ATTEMPT_DEADLINE_MILLIS,
                    TimeUnit.MILLISECONDS);
            outage.answered(clock.instant());
            return entry;
        } catch (TimeoutException e) {
            attempt.cancel(true);
            throw unreachable(new ServiceUnavailableException("no answer within "
                    + LdapDirectory.ATTEMPT_DEADLINE_MILLIS + " ms"));
        } catch (InterruptedException e) {
            attempt.cancel(true);
            Thread.currentThread().interrupt();
            throw unreachable(new ServiceUnavailableException("interrupted while waiting for the directory"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NamingException failure) {
                throw unreachable(failure);
            }
            throw new IllegalStateException("The directory lookup failed", e.getCause());
        }
    }

    private NamingException unreachable(NamingException failure) {
        outage.failed(causes(failure), clock.instant());
        return failure;
    }

    private Optional<String> directoryUserOf(LdapDirectory.Entry entry) {
        return Stream.of(entry.attribute("mail"), entry.attribute("userPrincipalName"))
                .filter(Objects::nonNull).map(address -> address.toLowerCase(Locale.ROOT))
                .filter(identities::isDirectoryUser).findFirst();
    }

    private static String attribute(Optional<LdapDirectory.Entry> entry, String name) {
        return entry.map(e -> e.attribute(name)).orElse(null);
    }

    /** The exception and its causes, as the administrator needs them ("Connection refused", a TLS error, ...). */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t instanceof NamingException n
                && n.getRootCause() != null ? n.getRootCause() : t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return text.toString();
    }
}
