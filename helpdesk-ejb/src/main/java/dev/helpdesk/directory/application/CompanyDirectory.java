package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.LoginName;
import dev.helpdesk.directory.infrastructure.LdapDirectory;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.naming.NamingException;

/**
 * The company's LDAP / Active Directory, asked with the settings the server's LDAP realm uses (the same connection,
 * service account, search base and user filter that verify directory passwords at login). The security domain
 * cannot tell "the directory is down" from "no such user" (it skips a realm that does not answer), so this is how
 * the administrator's connection test and the login page learn that the directory is unreachable.
 */
@Stateless
public class CompanyDirectory {

    /** A name no directory holds: looking it up still connects, binds as the service account and searches. */
    private static final String PROBE = "helpdesk-connection-probe";
    private static final Logger LOG = Logger.getLogger(CompanyDirectory.class.getName());

    private final LdapDirectory directory = LdapDirectory.configured();

    @EJB
    private LoginIdentities identities;

    /** Connects and looks the login name up (or only connects, when it is blank). */
    @RolesAllowed(Roles.ADMIN)
    public DirectoryCheck check(String login) {
        String name = login == null || login.isBlank() ? null : LoginName.normalized(login);
        long start = System.nanoTime();
        try {
            Optional<LdapDirectory.Entry> entry = directory.find(name == null ? PROBE : name);
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

    /** Whether the directory does not answer right now; asked after a directory user's login failed. */
    @PermitAll
    public boolean isUnreachable() {
        try {
            directory.find(PROBE);
            return false;
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The LDAP directory does not answer: {0}", causes(e));
            return true;
        }
    }

    /**
     * The registered directory user a login name the help desk does not know stands for, by the entry the
     * directory finds for it: its mail, or its user principal name, must be that user's e-mail. This is how an
     * Active Directory user signs in with the account name or the user principal name when the help desk has their
     * mailbox. The password is then verified against that same entry, found by the same name.
     */
    @PermitAll
    public Optional<String> registeredUserFoundBy(String login) {
        try {
            return directory.find(LoginName.normalized(login)).flatMap(this::directoryUserOf);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The LDAP directory does not answer: {0}", causes(e));
            return Optional.empty();
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
            Optional<LdapDirectory.Entry> entry = directory.find(LoginName.normalized(login));
            return entry.isPresent() && directory.accepts(entry.get(), password);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The LDAP directory does not answer: {0}", causes(e));
            return false;
        }
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
